/**
 * Long Dockerfiles of a few shapes, for `npm run bench` to check that lint time grows in step with
 * the file: a rule or model fact that looks back over the whole file at every instruction makes a
 * file twice as long take four times as long (20,000 RUNs once took 148 s).
 */

const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join('\n');

/** Each shape at `n` repetitions of its unit (one to six instructions each). */
export const LONG_FILE_SHAPES: Record<string, (n: number) => string> = {
  'package installs': (n) => `FROM debian:12\n${lines(n, (i) => `RUN apt-get install -y pkg${i} && cd /x${i} && pip install x${i} && npm install`)}\n`,
  'ARG and ENV pairs': (n) => `FROM alpine:3.20\n${lines(n, (i) => `ARG A${i}=${i}\nENV E${i}=$A${i}`)}\nRUN echo $A1 $E2\n`,
  'global ARGs used in RUN': (n) => `${lines(n, (i) => `ARG G${i}=${i}`)}\nFROM alpine:3.20\n${lines(n, (i) => `RUN echo $G${i}`)}\n`,
  'chained stages': (n) => `${lines(n, (i) => `FROM alpine:3.20 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /x /x\nRUN echo ${i}`)}\n`,
  'CMD, HEALTHCHECK, USER, LABEL': (n) => `FROM alpine:3.20\n${lines(n, (i) => `CMD echo ${i}\nENTRYPOINT ["a"]\nHEALTHCHECK CMD true\nEXPOSE ${i % 60000}\nUSER u${i}\nLABEL k${i}=v`)}\n`,
  'ignore comments': (n) => `FROM alpine:3.20\n${lines(n, (i) => `# dflint ignore=DF010\n# hadolint ignore=DL3059\nRUN echo ${i}`)}\n`,
  'COPY and relative WORKDIR': (n) => `FROM alpine:3.20\n${lines(n, (i) => `COPY f${i}.txt d${i}/\nWORKDIR w${i}`)}\n`,
};
