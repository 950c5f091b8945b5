package coder

// "Thousands protested in Tehran on Saturday": a crowd counted but not
// named protests in a country's place, and is that country's people
// (CVL), as "thousands of people" is. Only a protest (14) is read so: a
// count alone does many other things ("hundreds were killed").

// crowdWords count a crowd with no noun after them.
var crowdWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "millions": true, "tens": true}

// crowdSource returns a mention standing for the people of the country
// the sentence sets the protest at i in, when its subject is a bare
// count ("Thousands protested in Tehran"); -1 otherwise.
func (s *sentence) crowdSource(i int) int {
	n := s.child(i, "nsubj")
	if n < 0 || !crowdWords[s.lower[n]] || s.actorBelow(n) {
		return -1
	}
	country := s.venueCountry()
	if country == "" {
		return -1
	}
	return s.addAgent(country, "CVL", n)
}
