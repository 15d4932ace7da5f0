// Package claimtrack holds the default templates and static assets, embedded
// so that build works from any directory; a templates/ folder on disk
// overrides them file by file.
package claimtrack

import "embed"

// Templates is the templates/ folder as shipped.
//
//go:embed templates
var Templates embed.FS
