package assets

import _ "embed"

// SRGBProfile is an ICC v2 sRGB profile (icc-profiles-free, zlib licence;
// see icc/LICENSE-sRGB.txt): the output intent of archival PDFs.
//
//go:embed icc/sRGB.icc
var SRGBProfile []byte
