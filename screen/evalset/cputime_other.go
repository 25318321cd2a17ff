//go:build !unix

package evalset

import "time"

// cpuTime is not known here; Timed falls back to the wall time.
func cpuTime() time.Duration { return 0 }
