package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Aliases: the names a speaker goes by besides the one the article gives,
// which the store files them under so that other newsrooms' articles join
// the same page ("Shopify" of "Shopify Inc.", "FBI" of "F.B.I.").

// legalForms end a company's name without being part of what it goes
// by: "Shopify Inc.", "Ford Motor Co.", "Barclays PLC".
var legalForms = set(`inc inc. incorporated corp corp. corporation co co. ltd ltd. limited plc llc srl gmbh`)

// withoutLegalForm is a name without the legal form that ends it, or ""
// when it ends in none: "Shopify" of "Shopify Inc.", "Acme Robotics" of
// "Acme Robotics Inc".
func withoutLegalForm(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || len(name)-i-1 > 12 {
		return ""
	}
	var low [12]byte // the last word in lower case, without allocating: every name in every article is asked
	n := copy(low[:], name[i+1:])
	for k := range n {
		if c := low[k]; c >= 'A' && c <= 'Z' {
			low[k] = c + 'a' - 'A'
		}
	}
	if !legalForms[string(low[:n])] {
		return ""
	}
	return strings.TrimRight(name[:i], " ,")
}

// shortForm is the name a body or a law also goes by: without its legal
// form ("Shopify" of "Shopify Inc."), or a law's without the word for one
// when what is left is a name of its own, hyphened or of several words
// and no place's ("Glass-Steagall" of "the Glass-Steagall Act", so that it
// is a law there too; not "Paris" of "Paris Accord"); "" for any other.
func shortForm(name string) string {
	if plain := withoutLegalForm(name); plain != "" || !lawName(name) {
		return plain
	}
	rest := name[:strings.LastIndexByte(name, ' ')]
	if !strings.ContainsAny(rest, "- ") || names.IsPlace(strings.ToLower(rest)) {
		return ""
	}
	return rest
}

// firmWithout is the one business named before whose name is key and
// one or two words more that end it as a business's do, which news goes
// on to leave out: "Coast Mountain" for Coast Mountain Bus Company,
// "Hudson's Bay" for Hudson's Bay Company; or the one body whose name is
// key and "of" what it is of: "the Royal Bank" for the Royal Bank of
// Canada, though not "Bank" of "Bank of America", a word alone.
func (c *cast) firmWithout(key string) *entity {
	first, _, _ := ends(key)
	var found *entity
	for _, e := range c.keyed(first) {
		rest, ok := strings.CutPrefix(e.key, key+" ")
		of := strings.HasPrefix(rest, "of ") && strings.Contains(key, " ")
		if !ok || e.person || e.first != first || !of && (strings.Count(rest, " ") > 1 || !legalForms[e.final] && !groupWords[e.final] && !firmName(e.name)) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// undotted is an acronym written with dots without them ("FBI" of
// "F.B.I.", as other newsrooms write it), or "" for any other name.
func undotted(name string) string {
	if len(name) < 4 || strings.Count(name, ".") < 2 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(name); i += 2 {
		if name[i] < 'A' || name[i] > 'Z' || i+1 < len(name) && name[i+1] != '.' {
			return ""
		}
		b.WriteByte(name[i])
	}
	return b.String()
}

// webName reports a name that is a web address, a site's or a company's
// that trades under it: "Daft.ie", "Amazon.com", "Realtor.ca".
func webName(name string) bool {
	_, ok := webSite(name)
	return ok
}

// webSite is a web address's name without its domain ("GunBroker" of
// "GunBroker.com"), and whether name is one.
func webSite(name string) (string, bool) {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || strings.ContainsAny(name, " ") || !webDomains[strings.ToLower(name[dot+1:])] {
		return name, false
	}
	return name[:dot], true
}

// webDomains are the endings of web addresses that news names sites by.
var webDomains = set(`com ca ie org net uk au nz io ai co de fr in`)
