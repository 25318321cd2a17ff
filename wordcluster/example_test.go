package wordcluster_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/wordcluster"
)

func Example() {
	cl := wordcluster.Default()
	jan, _ := cl.Prefix("January", 10)
	feb, _ := cl.Prefix("February", 10)
	said, _ := cl.Prefix("said", 10)
	fmt.Println(jan == feb, jan == said)
	_, ok := cl.Path("xyzzy")
	fmt.Println(ok)
	// Output:
	// true false
	// false
}
