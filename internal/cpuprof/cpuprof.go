// Package cpuprof starts the CPU profile the commands' -cpuprofile flag asks
// for, so that each command need not carry a copy of the same lines.
package cpuprof

import (
	"os"
	"runtime/pprof"
)

// Start profiles the process into file until the returned stop is called;
// an empty file name profiles nothing, and stop does nothing.
func Start(file string) (stop func(), err error) {
	if file == "" {
		return func() {}, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
