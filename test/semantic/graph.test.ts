import { dedent } from '../helpers/rule-tester';
import { modelOf } from './helpers';

const text = dedent`
  FROM golang:1.23 AS Build
  RUN go build -o /app .

  FROM alpine:3.20 AS assets
  RUN echo assets > /assets

  FROM alpine:3.20 AS unused
  RUN echo unused

  FROM build AS test
  RUN --mount=type=bind,from=ASSETS,target=/a go test ./...

  FROM alpine:3.20
  COPY --from=build /app /app
  COPY --from=1 /assets /assets
  COPY --from=nginx:1.27 /etc/nginx /etc/nginx
`;

describe('StageGraph', () => {
  it('collects FROM, COPY --from and RUN --mount from= references with exact ranges', () => {
    const { model } = modelOf(text);
    expect(
      model.graph.references.map((r) => [r.kind, r.source.index, r.ref, r.target?.index ?? null, r.isIndex, `${r.range.start.line}:${r.range.start.column}-${r.range.end.column}`]),
    ).toEqual([
      ['from', 3, 'build', 0, false, '10:6-11'],
      ['mount', 3, 'ASSETS', 1, false, '11:28-34'],
      ['copy', 4, 'build', 0, false, '14:13-18'],
      ['copy', 4, '1', 1, true, '15:13-14'],
      ['copy', 4, 'nginx:1.27', null, false, '16:13-23'],
    ]);
  });

  it('knows which stages a target needs (default: the last)', () => {
    const { model } = modelOf(text);
    expect(model.graph.needed().map((s) => s.index)).toEqual([0, 1, 4]);
    expect(model.graph.needed(model.graph.target('TEST')).map((s) => s.index)).toEqual([0, 1, 3]);
    expect(model.graph.target('missing')).toBeNull();
    expect(model.graph.dependenciesOf(model.stages[4]).map((s) => s.index)).toEqual([0, 1]);
  });

  it('expands ARGs in --from', () => {
    const { model } = modelOf('FROM scratch AS a\nFROM scratch\nARG SRC=a\nCOPY --from=$SRC /x /y\n');
    expect(model.graph.references.map((r) => [r.ref, r.target?.index, r.unknown])).toEqual([['a', 0, false]]);
  });
});
