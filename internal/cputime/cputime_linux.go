package cputime

import "time"

// Thread returns the CPU time of the calling thread, or 0 where it cannot
// be had. A caller that wants its own work measured locks itself to its
// thread (runtime.LockOSThread) before reading it.
func Thread() time.Duration { return rusage(1 /* RUSAGE_THREAD */) }
