package wordcluster

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time of the calling thread, which a benchmark
// locked to its thread compares before and after its loop: on a shared
// machine, wall time also counts the time other jobs hold the core.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
