package jpeg

import "math"

// This file is ours, not a copy: the reduced inverse DCT that
// DecodeScaled adds to image/jpeg's decoder.

// reducedCos[k][x][u] is C(u)·cos((2x+1)uπ/2n)/2 for n = 1<<k samples
// a side (C(0) = 1/√2, else 1): the 8-point inverse DCT's basis
// evaluated at the centre of each run of 8/n samples.
var reducedCos [3][4][4]float32

func init() {
	for k := 0; k <= 2; k++ {
		n := 1 << k
		for x := 0; x < n; x++ {
			for u := 0; u < n; u++ {
				c := 1.0
				if u == 0 {
					c = 1 / math.Sqrt2
				}
				reducedCos[k][x][u] = float32(c * math.Cos(float64(2*x+1)*float64(u)*math.Pi/float64(2*n)) / 2)
			}
		}
	}
}

// zigOf is the zig-zag index of each coefficient in natural order.
var zigOf [blockSize]int

func init() {
	for zig, nat := range unzig {
		zigOf[nat] = zig
	}
}

// dequantizeReduced dequantizes the n×n lowest frequencies of b, the
// only ones reducedIDCT reads.
func dequantizeReduced(b *block, n int, qt *block) {
	for v := 0; v < n; v++ {
		for u := 0; u < n; u++ {
			b[v*8+u] *= qt[zigOf[v*8+u]]
		}
	}
}

// reducedIDCT writes the n×n samples (n = 4, 2 or 1) that the n×n
// lowest frequencies of the dequantized block b give, level-shifted and
// clipped, to dst: libjpeg's scaled decoding, in floating point. Each
// sample approximates the mean of the 8/n × 8/n samples of a full
// decode that it stands for.
func reducedIDCT(b *block, n int, dst []byte, stride int) {
	// A block whose only frequency is its mean, common in a photograph's
	// smooth parts, is one value.
	flat := true
	for v := 0; v < n && flat; v++ {
		for u := 0; u < n; u++ {
			if (u|v) != 0 && b[v*8+u] != 0 {
				flat = false
				break
			}
		}
	}
	if flat {
		c := clip(float32(b[0])/8 + 128.5)
		for y := 0; y < n; y++ {
			row := dst[y*stride : y*stride+n]
			for x := range row {
				row[x] = c
			}
		}
		return
	}
	if n == 4 {
		reducedIDCT4(b, dst, stride)
		return
	}
	k := 0
	for 1<<k < n {
		k++
	}
	t := &reducedCos[k]
	var rows [4][4]float32 // rows[v][x]: the horizontal pass
	for v := 0; v < n; v++ {
		for x := 0; x < n; x++ {
			var s float32
			for u := 0; u < n; u++ {
				s += float32(b[v*8+u]) * t[x][u]
			}
			rows[v][x] = s
		}
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			s := float32(128.5) // the level shift, and rounding
			for v := 0; v < n; v++ {
				s += rows[v][x] * t[y][v]
			}
			dst[y*stride+x] = clip(s)
		}
	}
}

// reducedIDCT4 is reducedIDCT for n = 4, unrolled: at half size, it is
// most of a photograph's decoding time.
func reducedIDCT4(b *block, dst []byte, stride int) {
	t := &reducedCos[2]
	var r [4][4]float32
	for v := 0; v < 4; v++ {
		c0, c1, c2, c3 := float32(b[v*8]), float32(b[v*8+1]), float32(b[v*8+2]), float32(b[v*8+3])
		r[v][0] = c0*t[0][0] + c1*t[0][1] + c2*t[0][2] + c3*t[0][3]
		r[v][1] = c0*t[1][0] + c1*t[1][1] + c2*t[1][2] + c3*t[1][3]
		r[v][2] = c0*t[2][0] + c1*t[2][1] + c2*t[2][2] + c3*t[2][3]
		r[v][3] = c0*t[3][0] + c1*t[3][1] + c2*t[3][2] + c3*t[3][3]
	}
	for y := 0; y < 4; y++ {
		t0, t1, t2, t3 := t[y][0], t[y][1], t[y][2], t[y][3]
		row := dst[y*stride : y*stride+4]
		for x := 0; x < 4; x++ {
			row[x] = clip(128.5 + r[0][x]*t0 + r[1][x]*t1 + r[2][x]*t2 + r[3][x]*t3)
		}
	}
}

// clip converts a sample to a byte, clipped to [0, 255].
func clip(s float32) uint8 {
	switch {
	case s < 0:
		return 0
	case s > 255:
		return 255
	}
	return uint8(s)
}
