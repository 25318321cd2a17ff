//go:build !linux

package gazetteer

import "time"

// threadCPU is not measured here.
func threadCPU() time.Duration { return 0 }
