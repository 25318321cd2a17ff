package main

import "context"

// runTrainNER is a placeholder until its issue lands.
func runTrainNER(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph train ner")
}
