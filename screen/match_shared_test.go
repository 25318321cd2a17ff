package screen

import (
	"testing"
)

func fullIndex(t testing.TB) *Index {
	t.Helper()
	lists := sharedLists(t)
	return NewIndex(lists...)
}

func TestScreenSharedExamples(t *testing.T) {
	ix := fullIndex(t)
	t.Log(ix)
	for _, q := range []string{"Kim Yong Chol", "Yongchol Kim", "Kim Young-chul", "김영철", "Ким Ён Чхоль", "Kim Jong Un", "Trump", "Mike Pompeo", "Sergei Lavrov", "Jo Myong-rok", "Reconnaissance General Bureau", "Sony Pictures", "General Trading Company", "Ayman al-Zawahiri", "Hassan Nasrallah", "Banco Nacional de Cuba", "Kim Yong", "محمد", "Vladimir Putin", "Jonathan Pollack", "Xi Jinping", "Moon Jae-in", "Shinzo Abe", "Brookings Institution", "White House", "State Department"} {
		ms := ix.Screen(Query{Name: q}, Options{})
		t.Logf("%s: %d", q, len(ms))
		for _, m := range ms {
			t.Logf("   %.3f %s %s %s", m.Score, m.List, m.Entry.ID, m.Explanation)
		}
	}
}

func BenchmarkIndexBuild(b *testing.B) {
	lists := sharedLists(b)
	b.ResetTimer()
	for b.Loop() {
		NewIndex(lists...)
	}
}

func BenchmarkScreen(b *testing.B) {
	ix := fullIndex(b)
	qs := []string{"Kim Yong Chol", "Mike Pompeo", "Sergei Lavrov", "Muhammad Ali", "Reconnaissance General Bureau", "John Smith", "Ahmed Hassan Mohammed", "Banco Nacional de Cuba"}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Screen(Query{Name: qs[i%len(qs)]}, Options{})
		i++
	}
}
