package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFirms checks that firms keeps the companies' names of two words or
// more, in the lists' form, once each and sorted.
func TestFirms(t *testing.T) {
	path := filepath.Join(t.TempDir(), "constituents.csv")
	csv := "Symbol,Security,GICS Sector\nMS,Morgan Stanley,Financials\nLLY,Lilly (Eli),Health Care\n" +
		"F,Ford Motor Company,Consumer\nFOXA,Fox Corporation (Class A),Media\nFOX,Fox Corporation (Class B),Media\n" +
		"SCHW,Charles Schwab Corporation,Financials\nSCHW2,Charles Schwab Corporation,Financials\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := firms(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"charles schwab", "eli lilly", "ford motor", "morgan stanley"}
	if !slices.Equal(got, want) {
		t.Errorf("firms = %q, want %q", got, want)
	}
	if err := os.WriteFile(path, []byte("Symbol,Name\nMS,Morgan Stanley\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := firms(path); err == nil {
		t.Errorf("firms of a file with no Security column: no error")
	}
}
