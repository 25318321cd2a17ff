// Package newsgold checks the hand-annotated relation gold set.
package newsgold
