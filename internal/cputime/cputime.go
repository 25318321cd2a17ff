// Package cputime reads the CPU time a process or a thread has used, which
// benchmarks and evaluation commands report beside wall time: on a shared
// machine, wall time also counts the time other jobs hold the core.
package cputime
