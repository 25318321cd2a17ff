package cputime

import (
	"runtime"
	"testing"
	"time"
)

func spin(d time.Duration) {
	x := 0
	for start := time.Now(); time.Since(start) < d; {
		x++
	}
	_ = x
}

func TestGrows(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("thread CPU time is read on Linux only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := Process(), Thread()
	spin(50 * time.Millisecond)
	if p := Process() - p0; p <= 0 {
		t.Errorf("process CPU time did not grow: %v", p)
	}
	if th := Thread() - t0; th <= 0 {
		t.Errorf("thread CPU time did not grow: %v", th)
	}
}
