package main

import (
	"strings"
	"testing"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tc := range tests {
		orig := append([]float64(nil), tc.xs...)
		if got := median(tc.xs); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
		for i := range orig {
			if orig[i] != tc.xs[i] {
				t.Errorf("median reordered its input: %v", tc.xs)
			}
		}
	}
}

func TestRunFailingBinary(t *testing.T) {
	var b strings.Builder
	err := run(&b, []string{"/nonexistent/newsgraph", "/nonexistent/other"}, "x.txt", 1)
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/newsgraph") {
		t.Errorf("err = %v, want one naming the binary", err)
	}
}
