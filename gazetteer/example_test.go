package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/gazetteer"
)

func Example() {
	g := gazetteer.Default()
	tokens := strings.Fields("Kim Yong Chol flew to NEW YORK on Tuesday")
	tags := g.Match(tokens, nil)
	for i, tok := range tokens {
		var feats []string
		tags[i].Each(func(pos gazetteer.Position, list int, fold bool) {
			f := pos.String() + "-" + g.Lists()[list]
			if fold {
				f += "(IC)"
			}
			feats = append(feats, f)
		})
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-8s %s", tok, strings.Join(feats, " "))))
	}
	// Output:
	// Kim      B-sanctions.person B-sanctions.person(IC) U-person.first U-person.name U-person.first(IC) U-person.name(IC)
	// Yong     I-sanctions.person I-sanctions.person(IC) U-person.name U-person.name(IC)
	// Chol     L-sanctions.person L-sanctions.person(IC)
	// flew
	// to
	// NEW      B-region(IC) B-city(IC)
	// YORK     L-region(IC) L-city(IC) U-region(IC) U-city(IC) U-person.first(IC)
	// on
	// Tuesday  U-person.first U-person.name U-person.first(IC) U-person.name(IC)
}
