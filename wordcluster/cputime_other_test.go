//go:build !linux

package wordcluster

import "time"

// threadCPU is not measured here.
func threadCPU() time.Duration { return 0 }
