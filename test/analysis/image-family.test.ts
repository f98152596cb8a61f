import { imageFamily, imageHasNoShell } from '../../src/analysis/image-family';

describe('imageFamily', () => {
  it.each([
    ['alpine:3.20', 'alpine'],
    ['node:22-alpine', 'alpine'],
    ['python:3.12-alpine3.20', 'alpine'],
    ['docker.io/library/nginx:1.27-alpine-slim', 'alpine'],
    ['alpine/git:2.45', 'alpine'],
    ['alpinelinux/docker-cli', 'alpine'],
    ['debian:12', 'debian'],
    ['ubuntu', 'debian'],
    ['python:3.12-slim-bookworm', 'debian'],
    ['node:22-bookworm@sha256:0123', 'debian'],
    ['buildpack-deps:jammy', 'debian'],
    ['fedora:40', 'redhat'],
    ['registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'redhat'],
    ['redhat/ubi8', 'redhat'],
    ['eclipse-temurin:21-ubi9-minimal', 'redhat'],
    ['amazonlinux:2023', 'redhat'],
    ['opensuse/leap:15.6', 'suse'],
    ['registry.suse.com/bci/bci-base:15.6', 'suse'],
    ['busybox:1.36', 'none'],
    ['gcr.io/distroless/static-debian12', 'none'],
  ])('%s is %s', (ref, family) => {
    expect(imageFamily(ref)).toBe(family);
  });

  it.each(['python:3.12', 'node:22', 'golang:1.23', 'registry.example.com/team/app:1.0', 'my-alpine-tools:1', 'ubuntu-tools:1', 'centos-builder'])(
    '%s is not known from its name',
    (ref) => {
      expect(imageFamily(ref)).toBeNull();
    },
  );

  it('knows which images have no /bin/sh', () => {
    expect(['scratch', 'SCRATCH', 'gcr.io/distroless/static-debian12', 'gcr.io/distroless/java21-debian12:nonroot'].map(imageHasNoShell)).toEqual([true, true, true, true]);
    expect(['gcr.io/distroless/base-debian12:debug', 'gcr.io/distroless/base:debug-nonroot', 'busybox', 'alpine:3.20', 'scratchy:1'].map(imageHasNoShell)).toEqual([false, false, false, false, false]);
  });
});
