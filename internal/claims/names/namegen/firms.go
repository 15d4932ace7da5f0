package main

import (
	"fmt"
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// firms reads the companies of the S&P 500 (constituents.csv, with a
// "Security" column) and keeps the names of two words or more as
// names.FirmKey folds them: what news calls them ("Morgan Stanley",
// "Charles Schwab" of "Charles Schwab Corporation"), many of which open
// with a given name and would otherwise read as a person's.
func firms(path string) ([]string, error) {
	header, rows, err := readTable(path, ',')
	if err != nil {
		return nil, err
	}
	col := slices.Index(header, "Security")
	if col < 0 {
		return nil, fmt.Errorf("%s: no Security column", path)
	}
	var out []string
	for _, r := range rows {
		if col >= len(r) {
			continue
		}
		if k := names.FirmKey(r[col]); strings.Contains(k, " ") {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return dedupe(out), nil
}
