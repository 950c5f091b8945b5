package actor

import (
	"testing"
	"time"
)

// Bodies that did not yet exist are no actor before their founding: their
// names meant something else then.
func TestActorsExistOnlyWhenFounded(t *testing.T) {
	checkFoundOn(t, Default(), []datedCase{
		{"The ICC approved the merger of the two railroads.", "1987-03-12", ""},
		{"The ICC issued an arrest warrant for Omar al-Bashir.", "2009-03-04", "ICC=IGOJUDICC; Omar al - Bashir=SDNGOV"},
		{"The AU sent observers.", "1987-03-12", ""},
		{"The AU sent observers.", "2019-05-02", "AU=IGOAFRAFU"},
		{"The European Union and Japan signed a deal.", "2019-02-01", "European Union=IGOEUREEC; Japan=JPN"},
		{"The European Community and Japan signed a deal.", "1987-03-12", "European Community=IGOEUREEC; Japan=JPN"},
		{"Japan took its complaint to the WTO.", "1987-03-12", "Japan=JPN"},
		{"Japan took its complaint to the WTO.", "2019-07-12", "Japan=JPN; WTO=IGOBUSWTO"},
		// The cricket council's tournaments are no court's.
		{"England won the ICC Cricket World Cup.", "2019-07-14", "England=GBR"},
	})
	// With no date, as for text of unknown time, the body counts.
	if got := found(Default(), "The ICC convicted him.", time.Time{}); got != "ICC=IGOJUDICC" {
		t.Errorf("Find with no date = %q, want ICC=IGOJUDICC", got)
	}
}

// A cleric and the leaders of a group active in many countries are
// actors of their own, not persons of the article's country.
func TestClericsAndGroupLeaders(t *testing.T) {
	checkFoundOn(t, Default(), []datedCase{
		{"Grand Ayatollah Ali al-Sistani condemned the killings.", "2019-11-01", "Grand Ayatollah Ali al - Sistani=IRQREL"},
		{"Osama bin Laden asked Iraqi intelligence for help.", "1998-02-01", "Osama bin Laden=IMGMUSALQ; Iraqi intelligence=IRQSPY"},
	})
}

// Regions the news names for their country's people and officials give
// that country ("Catalan leaders" ESP).
func TestRegionsNameTheirCountry(t *testing.T) {
	checkFound(t, Default(), time.Time{}, []foundCase{
		{"The court jailed Catalan leaders.", "court=---JUD; Catalan leaders=ESPGOV"},
		{"Chechen rebels attacked.", "Chechen rebels=RUSREB"},
		{"Corsican nationalists won.", "Corsican=FRA"},
	})
}

// Social media are channels, not the press.
func TestSocialMediaIsNoOne(t *testing.T) {
	checkFound(t, Default(), time.Time{}, []foundCase{
		{"Sri Lankan authorities blocked social media.", "Sri Lankan authorities=LKAGOV"},
		{"Iranian state media reported it.", "Iranian state media=IRNMED"},
	})
}
