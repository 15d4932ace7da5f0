package extract

import "strings"

// firstNames gives the usual grammatical gender of common given names, so
// that "he" and "she" find the right person. The list is written by hand
// from common given names in English-language news, US and international.
var firstNames = func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(maleNames) {
		m[n] = 'm'
	}
	for _, n := range strings.Fields(femaleNames) {
		m[n] = 'f'
	}
	return m
}()

const maleNames = `
aaron adam adrian al alan albert alec alex alexander alexei alfred ali andrew andy angus anthony antony
antonio arnold arthur austin barack barry ben benjamin benny bernie bernard bill billy bob bobby boris
brad bradley brandon brendan brett brian bruce bryan buddy carl carlos chad charles charlie chris
christopher chuck clarence clark claude cliff clint cody colin conor craig curtis dan daniel danny dave
david dean dennis derek devin dick dmitry don donald doug douglas duncan dwight earl ed eddie edgar
edward elijah elon emmanuel emil eric erik ernest evan frank franklin fred frederick friedrich gary
gavin gene geoffrey george gerald gerhard glenn gordon graham greg gregory hakeem hank harold harry
hassan henry herbert howard hugh hunter ian isaac ivan jack jacob jake james jamie jared jason jay
jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jorge jose
joseph josh joshua juan julian justin karl keir keith ken kenneth kevin kim kirk kurt kyle lamar
larry lawrence lee leo leon leonard lindsey lloyd louis luis luke marco marcus mario mark martin marty
matt matthew max michael mike mitch mitt mohammed muhammad nathan neil newt nicholas nick nigel noah
norman olaf oliver omar oscar owen pat patrick paul pedro pete peter phil philip rahm ralph rand randy
ray raymond reince rex richard rick rob robert rodrigo roger roland ron ronald ross roy rudy rupert
russell ryan sam samuel scott sean sergei sergey seth shane sid simon stephen steve steven stuart
ted terry thomas tim timothy todd tom tommy tony travis trey troy tucker ty tyler victor vince vincent
vladimir volodymyr walter warren wayne will william xi yuri zach zachary
abdul abdullah ahmed ajay akhilesh amit anil anand anders anwar arvind ashok barnaby bashar bola
bruno christian christophe cyril deepak dominic edouard emeka emmerson enrique fabio felipe fernando
francois fumio gabriel giuseppe gustavo hamid hans hemant hugo humza ibrahim imran jagmeet jair
jairam javier jens jurgen kamal khalid kwasi kyriakos lars luiz malcolm manmohan manuel markus mateo
matteo mehmet mohamed muhammadu mustafa nadhim naftali narendra naveen nawaz nayib nicolas nitin
pablo pankaj piyush pranab rajiv rajnath rakesh ramesh ravi recep rishi sachin sadiq sajid salman
sanjay santiago sebastian sergio shashi shinzo silvio sunil suresh sven tariq thabo uhuru vijay
viktor volker wolfgang yair yasser yoav yoshihide andrzej mateusz alberto mariano andres shaktikanta
yogi uddhav sharad arun venkaiah raghuram manish mahesh sandeep rahul amitabh gautam mukesh ratan
anupam
`

const femaleNames = `
abigail alexandra alice alicia alison allison amanda amy andrea angela angelina ann anna anne annie
barbara becky betsy betty beverly brenda bridget brittany carla carly carol caroline carolyn catherine
cathy cecilia chelsea cheryl christina christine cindy claire claudia colleen cynthia dana dawn debbie
deborah debra denise diana diane donna doris dorothy elaine eleanor elena elizabeth ellen emily emma
erin eva evelyn frances gabrielle gillian gina giorgia gloria grace hannah heather heidi helen hillary
hope huma ivanka jackie jacqueline jane janet janice jean jennifer jessica jill joan joanne jodi joni
josephine joy joyce judith judy julia julie karen kate katherine kathleen kathy katie kay kayleigh
kellyanne kelly kimberly kirsten kristen laura lauren linda lisa liz loretta lori louise lucy
lydia lynn maggie margaret maria marie marine marsha martha mary maxine megan melania melissa meryl
michele michelle mika mitzi monica nancy natalie nicole nikki nina olivia pam pamela patricia patty
paula peggy penny rachel rebecca regina renee rita robin rosa rose ruth sally samantha sandra sara
sarah sharon shirley sonia sophie stacey stephanie sue susan suzanne sylvia tammy teresa theresa
tiffany tina tracy ursula valerie vanessa victoria virginia wendy whitney yvonne
aisha amina anjali annalena arundhati benazir brigitte chrystia cristina dilma gita indira jacinda
kamala kavita kemi kristalina lakshmi mamata mariam mayawati meera mette mhairi nadine nicola
nirmala pooja priti priya priyanka sanna shobha smriti sunita suella sushma yvette fatima layla
leila ngozi kaja margrethe winnie nkosazana naledi lindiwe thandi neha deepika shreya anita rekha
nirupama jayalalithaa
`
