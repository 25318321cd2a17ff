package syntax

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
)

// TestShippedModelChecks reads the embedded model with engine.Read's
// checks of every row and class, which model skips, and compares the two.
func TestShippedModelChecks(t *testing.T) {
	checked, err := engine.Read(unsafe.Slice(unsafe.StringData(modelFile), len(modelFile)))
	if err != nil {
		t.Fatalf("the embedded model fails the checks: %v", err)
	}
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(checked, m) {
		t.Error("the checked and the unchecked reads differ")
	}
}
