package cpuprof

import (
	"os"
	"path/filepath"
	"testing"
)

func TestStart(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err := Start(file)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if info, err := os.Stat(file); err != nil || info.Size() == 0 {
		t.Errorf("no profile written: %v", err)
	}
	stop, err = Start("")
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if _, err := Start(filepath.Join(t.TempDir(), "missing", "cpu.prof")); err == nil {
		t.Error("a profile in a folder that does not exist: no error")
	}
}
