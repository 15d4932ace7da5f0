package verdict

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// locked runs fn holding an exclusive lock on the folder of the verdict
// file: editors and scripts may run ingest -status on one claim at once,
// and each must read the file as the one before left it. The lock is the
// system's (flock), so it goes with the process that held it.
func locked(file string, fn func() error) error {
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("verdict: %w", err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("verdict: %w", err)
	}
	defer d.Close()
	if err := syscall.Flock(int(d.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("verdict: lock %s: %w", dir, err)
	}
	defer syscall.Flock(int(d.Fd()), syscall.LOCK_UN)
	return fn()
}
