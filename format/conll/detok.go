package conll

import "strings"

// Detokenize joins the tokens of a sentence into the text they were most
// likely cut from, following the Penn Treebank and CoNLL-2003 conventions:
// no space before closing punctuation (, . ; : ! ? % ) ] }), clitics
// ('s, n't, 're, …) and closing quotes, none after opening brackets and
// quotes; straight double quotes (" and the PTB's “ and ”) alternate
// between opening and closing. It returns the text and the byte offset of
// each token in it; token i is text[starts[i]:starts[i]+len(tokens[i])].
// Tokens are written as they are (“ and ” included), so that every token
// can be found in the text.
func Detokenize(tokens []string) (text string, starts []int) {
	var b strings.Builder
	starts = make([]int, len(tokens))
	open := false // a double quote is open
	glue := true  // no space before the next token
	for i, tok := range tokens {
		quote := tok == `"`
		opening := tok == "``" || (quote && !open)
		closing := tok == "''" || (quote && open)
		if quote {
			open = !open
		}
		if !glue && !closing && !attachesLeft(tok) {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(tok)
		glue = opening || attachesRight(tok)
	}
	return b.String(), starts
}

// attachesLeft reports whether tok is written without a space before it.
func attachesLeft(tok string) bool {
	switch tok {
	case ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'S", "'", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M":
		return true
	}
	return false
}

// attachesRight reports whether the token after tok is written without a
// space before it.
func attachesRight(tok string) bool {
	return tok == "(" || tok == "[" || tok == "{"
}
