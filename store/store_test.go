package store

import (
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the table below is for Linux and other Unix systems")
	}
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"NEWSGRAPH_DB": "/tmp/x.db", "HOME": "/home/a"}, "/tmp/x.db"},
		{map[string]string{"XDG_DATA_HOME": "/data", "HOME": "/home/a"}, "/data/newsgraph/newsgraph.db"},
		{map[string]string{"XDG_DATA_HOME": "relative", "HOME": "/home/a"}, "/home/a/.local/share/newsgraph/newsgraph.db"},
		{map[string]string{"HOME": "/home/a"}, "/home/a/.local/share/newsgraph/newsgraph.db"},
	}
	for _, tt := range tests {
		got, err := DefaultPath(func(k string) string { return tt.env[k] })
		if err != nil || got != filepath.FromSlash(tt.want) {
			t.Errorf("DefaultPath(%v) = %q, %v; want %q", tt.env, got, err, tt.want)
		}
	}
}

func TestAge(t *testing.T) {
	now := time.Date(2021, 7, 26, 12, 0, 0, 0, time.UTC)
	if got := (ListInfo{Date: "2021-07-16"}).Age(now); got != 10*24*time.Hour+12*time.Hour {
		t.Errorf("Age with a date = %v", got)
	}
	if got := (ListInfo{ImportedAt: now.Add(-time.Hour)}).Age(now); got != time.Hour {
		t.Errorf("Age without a date = %v", got)
	}
}
