package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestLedeDescribesNamedNext checks that a description in a story's first
// sentence, "the" one too, is the person named next with its noun in
// their title ("the city's fire chief" is "Chief Conrad Landry"), past a
// byline and the lines saying when the page went up, but not a full name
// with no such title, nor one after a lede that describes someone else
// first ("A Surrey man ... , a judge said"), nor when the description is
// of someone who works for another person ("A lawyer for a former oil
// executive"), who may be the one named next.
func TestLedeDescribesNamedNext(t *testing.T) {
	checkForms(t, []form{
		{name: "a definite description and the title of the one named next",
			body: "Edmonton will test a four-day work week, a move the mayor says could help the city recruit staff.\n\n" +
				"The pilot starts in April.\n\nMayor Amarjeet Sohi said other cities had seen fewer sick days.",
			want: []want{{"could help the city recruit staff", "Amarjeet Sohi", claims.Indirect}}},
		{name: "past a byline and a posting time",
			body: "By Jennifer Nguyen and Paul Roy, staff writers\n\nPosted December 3, 2026 10:14 am\n\n" +
				"A fire that destroyed a church in Moncton was deliberately set, the city's fire chief said Tuesday.\n\n" +
				"Chief Conrad Landry said investigators had found an accelerant.",
			want: []want{{"A fire that destroyed a church in Moncton was deliberately set", "Conrad Landry", claims.Indirect}}},
		{name: "a sentence that opens with one of those words is no posting time",
			body: "Hospitals fill up\n\nUpdated figures show 40 per cent of beds are full, the ministry said.",
			want: []want{{"Updated figures show 40 per cent of beds are full", "the ministry", claims.Indirect}}},
		{name: "where the person described works",
			body: "A nurse at Royal University Hospital says she warned her manager about violent patients.\n\n" +
				"Emily Carter told CBC News that she filed three complaints.",
			want: []want{{"she warned her manager about violent patients", "Emily Carter", claims.Indirect}}},
		{name: "but not where a thing came out",
			body: "Trump will win the nomination, according to a new article in Politico.\n\nVigo County voted for Williams Jennings Bryan in 1908.",
			want: []want{{"Trump will win the nomination", "a new article in Politico", claims.Indirect}}},
		{name: "not whom the one described works for, nor a sum before the verb",
			body: "A lawyer for a former oil executive accused of defrauding investors of $12 million told jurors on Thursday that his client had been " +
				"\"the victim of a bad market, not a criminal.\"\n\nBrian Hale, 58, has pleaded not guilty to fraud.",
			want: []want{{"his client had been \"the victim of a bad market, not a criminal.\"", "A lawyer", claims.Fragment}}},
		{name: "but a spokesperson for a body, named next",
			body: "The Nova Scotia government has paused a $2-billion expansion of the Victoria General hospital, a spokesperson for the Department of Health said Monday.\n\n" +
				"Khalehla Perrault said in an email that the project was being reviewed.",
			want: []want{{"The Nova Scotia government has paused a $2-billion expansion of the Victoria General hospital", "Khalehla Perrault", claims.Indirect}}},
		{name: "a judge named next a justice",
			body: "A Superior Court judge chastised the station on Friday, saying it had been playing games.\n\n" +
				"Justice Sean Dunphy directed the station to provide the e-mail addresses.",
			want: []want{{"it had been playing games", "Sean Dunphy", claims.Indirect}}},
		{name: "nor a full name after a lede that describes someone before",
			body: "A Surrey man accused of shooting a neighbour will stay in jail until his trial, a provincial court judge said Thursday.\n\n" +
				"Harjit Sandhu, 41, is charged with aggravated assault.",
			want: []want{{"A Surrey man accused of shooting a neighbour will stay in jail until his trial", "a provincial court judge", claims.Indirect}}},
		{name: "not a full name with no such title",
			body: "The new budget will cut transit, the minister said Monday.\n\nJohn Smith said the cuts were deep.",
			want: []want{{"The new budget will cut transit", "the minister", claims.Indirect}}},
	})
}
