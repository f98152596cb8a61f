import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF122-go-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'versioned module',
      code: dedent`
        FROM golang:1.23
        RUN go install golang.org/x/tools/gopls@v0.16.2 && go get github.com/spf13/cobra@v1.8.1
      `,
    },
    {
      name: 'local packages and files',
      code: dedent`
        FROM golang:1.23
        RUN go install ./cmd/... && go run ./tools/gen.go -out x && go get -d ./... && go install . && go run main.go github.com/not/a/package
      `,
    },
    {
      name: 'go.mod copied before',
      code: dedent`
        FROM golang:1.23
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go install github.com/sqlc-dev/sqlc/cmd/sqlc
      `,
    },
    {
      name: 'go run arguments are not packages',
      code: dedent`
        FROM golang:1.23
        RUN go run github.com/google/wire/cmd/wire@v0.6.0 gen example.com/app/...
      `,
    },
    {
      name: 'flags with values',
      code: dedent`
        FROM golang:1.23
        RUN go install -ldflags "-s -w" -tags netgo golang.org/x/tools/gopls@v0.16.2
      `,
    },
    {
      name: 'standard library and meta packages',
      code: dedent`
        FROM golang:1.23
        RUN go install std && go install tool && go get
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM golang:1.23
        ARG GOPLS_VERSION=v0.16.2
        RUN go install golang.org/x/tools/gopls@\${GOPLS_VERSION}
      `,
    },
    {
      name: 'go.mod bind-mounted into the RUN',
      code: dedent`
        FROM golang:1.23
        RUN --mount=type=bind,source=go.mod,target=/app/go.mod --mount=type=bind,source=go.sum,target=/app/go.sum \
          go install tool github.com/planetscale/vtprotobuf/cmd/protoc-gen-go-vtproto
      `,
    },
  ],
  invalid: [
    {
      name: '@latest',
      code: dedent`
        FROM golang:1.23
        RUN go install golang.org/x/tools/gopls@latest
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 16, endLine: 2, endColumn: 47 },
      ],
    },
    {
      name: 'go get without a version',
      code: dedent`
        FROM golang:1.23
        WORKDIR /src
        COPY . .
        RUN go get github.com/spf13/cobra
      `,
      errors: [
        { messageId: 'unpinned', line: 4, column: 12, endLine: 4, endColumn: 34 },
      ],
    },
    {
      name: 'go install without a version and no go.mod',
      code: dedent`
        FROM golang:1.13
        RUN go install -v github.com/golangci/golangci-lint/cmd/golangci-lint
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 19, endLine: 2, endColumn: 70 },
      ],
    },
    {
      name: 'behind env',
      code: dedent`
        FROM golang:1.23
        RUN env GO111MODULE=on go get github.com/spf13/cobra
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 31, endLine: 2, endColumn: 53 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM golang:1.23
        RUN ["go", "install", "golang.org/x/tools/gopls@latest"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 23, endLine: 2, endColumn: 56 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM golang:1.23
        ONBUILD RUN go install golang.org/x/tools/gopls@latest
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 24, endLine: 2, endColumn: 55 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM golang:1.23
        RUN <<EOF
        go install golang.org/x/tools/gopls@latest
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 12, endLine: 3, endColumn: 43 },
      ],
    },
  ],
});
