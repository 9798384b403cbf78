//! General English lexicons for news attribution: reporting verbs and their frames,
//! function words, titles, role and institution words. Nothing here names a person or a
//! place: the extractor must work on articles it has never seen.
//!
//! Every word is looked up once per token in one table ([`lookup`]), keyed by its ASCII
//! lowercase form, so classification costs one hash probe.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A multiply-rotate hash over 8-byte words (as in rustc's FxHash): the keys are short
/// ASCII words known at build time, so a fast, non-keyed hash is enough, and one lookup per
/// word is the hot path.
#[derive(Default)]
struct WordHash(u64);

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static [u8], Entry, BuildHasherDefault<WordHash>>;

/// Word classes (bit flags) a word can belong to at the same time.
pub(crate) mod class {
    /// `a`, `an`, `the`, `this`, `these`, `those`.
    pub const DET: u32 = 1;
    /// `some`, `many`, `several`, `two`, …: stripped from group names.
    pub const QUANT: u32 = 1 << 1;
    /// `his`, `her`, `its`, `their`, …
    pub const POSS: u32 = 1 << 2;
    /// Subject pronouns that can stand for a speaker: `he`, `she`, `they`, `it`, `we`.
    pub const PRON: u32 = 1 << 3;
    /// Object pronouns: `him`, `them`, `us`, …
    pub const PRON_OBJ: u32 = 1 << 4;
    /// Forms of `be`.
    pub const BE: u32 = 1 << 5;
    /// Forms of `have`.
    pub const HAVE: u32 = 1 << 6;
    /// Forms of `do`.
    pub const DO: u32 = 1 << 7;
    /// `will`, `would`, `could`, … (a speech act under a modal is not reported as made).
    pub const MODAL: u32 = 1 << 8;
    /// Adverbs that may sit between a subject and its verb (`also`, `later`, `again`).
    pub const ADV: u32 = 1 << 9;
    /// `not`, `never`.
    pub const NEG: u32 = 1 << 10;
    /// Prepositions.
    pub const PREP: u32 = 1 << 11;
    /// Subordinating conjunctions that open a clause (`while`, `although`, `if`).
    pub const SUBORD: u32 = 1 << 12;
    /// `and`, `but`, `or`, `nor`.
    pub const CONJ: u32 = 1 << 13;
    /// Relative and wh- words: `who`, `which`, `that`, `what`, `whom`, `whose`.
    pub const REL: u32 = 1 << 14;
    /// Time words: days, months, `week`, `today`, …
    pub const TIME: u32 = 1 << 15;
    /// Singular heads that denote a person by role: `president`, `spokesman`, `official`.
    pub const ROLE: u32 = 1 << 16;
    /// Heads that denote a group or an institution: `officials`, `ministry`, `administration`.
    pub const GROUP: u32 = 1 << 17;
    /// Honorifics before a name: `Mr.`, `Ms.`, `Dr.` (stored without the period).
    pub const HONORIFIC: u32 = 1 << 18;
    /// Capitalised words that make a name an institution: `House`, `Council`, `Ministry`.
    pub const INSTITUTION: u32 = 1 << 19;
    /// Capitalised words that cannot be part of a person's name (`Eastern`, `State`, `The`).
    pub const NOT_NAME: u32 = 1 << 20;
    /// Nouns for published sources: `poll`, `survey`, `report`, `account`.
    pub const SOURCE: u32 = 1 << 21;
    /// Common irregular past-tense verbs (`saw`, `made`), used to recognise a finite clause.
    pub const FINITE: u32 = 1 << 22;
    /// Nouns that introduce a quoted title or term (`book`, `film`, `phrase`, `titled`).
    pub const TITLE_NOUN: u32 = 1 << 23;
    /// Words that introduce a quoted phrase as the speaker's wording (`phrase`, `term`).
    pub const PHRASE_NOUN: u32 = 1 << 24;
    /// Lowercase modifiers that are not content verbs (`senior`, `former`, `retired`).
    pub const MODIFIER: u32 = 1 << 25;
    /// Female honorifics (`Ms.`, `Mrs.`); the others are read as male.
    pub const FEMALE: u32 = 1 << 26;
    /// Adjectives that report an insistent stance: `insistent`, `adamant`, `emphatic`.
    pub const STANCE_ADJ: u32 = 1 << 27;
    /// Hypothetical openers: `if`, `unless`, `whether`.
    pub const HYPOTHETICAL: u32 = 1 << 28;
    /// Adjectives and short forms always written with a capital (`Russian`, `Western`,
    /// `U.S.`): never lowercased in a group's name.
    pub const PROPER: u32 = 1 << 29;
}

/// Frames a reporting verb takes (bit flags).
pub(crate) mod frame {
    /// `X said (that) CLAUSE`.
    pub const CLAUSE: u8 = 1;
    /// `X told Y (that) CLAUSE`: a recipient may precede the clause.
    pub const RECIPIENT: u8 = 1 << 1;
    /// `X urged Y to VP`: a directive with an infinitival complement.
    pub const DIRECTIVE: u8 = 1 << 2;
    /// `X described Y as Z`: secondary predication.
    pub const AS: u8 = 1 << 3;
    /// Only attributes a quoted fragment that follows (`denied any “…”`, `call the “…”`).
    pub const FRAGMENT: u8 = 1 << 4;
    /// Counts only with a published source as subject (`a survey found that …`).
    pub const SOURCE_ONLY: u8 = 1 << 5;
    /// Takes a clause only after `that` (`denied that …`; `denied any …` is a noun phrase).
    pub const THAT_ONLY: u8 = 1 << 6;
}

/// The grammatical form of a verb token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Base,
    ThirdPerson,
    Past,
    Participle,
    Ing,
}

/// A reporting verb as found in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerbUse {
    pub lemma: &'static str,
    pub frames: u8,
    pub form: Form,
}

/// Everything the lexicon knows about one lowercase word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub class: u32,
    pub verb: Option<VerbUse>,
}

impl Entry {
    /// Whether the word belongs to any of `classes`.
    pub fn is(&self, classes: u32) -> bool {
        self.class & classes != 0
    }
}

use class::*;
use frame::*;

const WORDS: &[(u32, &str)] = &[
    (DET, "a an the this these those"),
    (
        QUANT,
        "some many most several few all both each every any no other another one two three four five six seven eight nine ten dozens hundreds thousands numerous various certain",
    ),
    (POSS, "his her its their our my your"),
    (PRON, "he she they it we"),
    (PRON_OBJ, "him her them us me it you"),
    (BE, "is are was were be been being am"),
    (HAVE, "has have had having"),
    (DO, "do does did"),
    (MODAL, "will would could can may might should must shall"),
    (
        ADV,
        "also again later now still then already previously often once recently repeatedly consistently reportedly publicly privately cryptically further meanwhile subsequently earlier yesterday today tonight separately similarly likewise even just never always long sometimes frequently initially first finally ultimately apparently allegedly reportedly reiteratively openly flatly firmly strongly clearly explicitly",
    ),
    (NEG, "not never"),
    (
        PREP,
        "about above across after against along amid amidst among around as at before behind below beneath beside besides between beyond by despite during except for from in inside into like near of off on onto out outside over past per since than through throughout to toward towards under until upon via with within without regarding concerning following",
    ),
    (
        SUBORD,
        "while although though because since as when if unless whereas once whether whenever wherever",
    ),
    (HYPOTHETICAL, "if unless whether"),
    (CONJ, "and but or nor"),
    (REL, "who which that what whom whose where"),
    (
        TIME,
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tonight tomorrow week weekend month year morning afternoon evening night day days weeks months years",
    ),
    (
        ROLE,
        "president minister secretary spokesman spokeswoman spokesperson adviser advisor ambassador official diplomat envoy chief director head leader chairman chairwoman chair commander general analyst expert economist professor researcher fellow lawmaker senator congressman congresswoman representative governor mayor premier chancellor aide counselor counsellor negotiator deputy undersecretary attorney lawyer judge prosecutor correspondent reporter journalist editor columnist author writer source witness resident activist candidate executive ceo founder owner manager member mp politician strategist historian scholar commentator officer colonel admiral captain lieutenant sergeant king queen prince princess pope cardinal bishop rabbi imam sheikh emir counterpart dean coach doctor scientist physician teacher student agent inspector investigator commissioner administrator secretary-general ombudsman mediator banker investor consultant lobbyist campaigner organizer protester survivor farmer worker employee entrepreneur businessman businesswoman vice-president president-elect staffer partner specialist observer monitor representative",
    ),
    (
        GROUP,
        "officials diplomats analysts experts critics reporters journalists supporters opponents lawmakers legislators leaders sources reports authorities officers residents protesters activists observers economists investors researchers scientists people members allies ministers senators negotiators prosecutors investigators witnesses voters workers aides advisers advisors commentators scholars historians strategists planners commanders spokesmen spokespeople representatives delegates citizens doctors executives managers organizers campaigners politicians governments administration government ministry department office agency council committee commission parliament congress senate kremlin pentagon military army navy police court union alliance embassy campaign party company bank group organization organisation institute foundation center centre association federation coalition network cabinet presidency regime board bureau service command delegation mission team fund university newspaper media press side sides camp states agencies ministries sanctions-monitors monitors polls surveys studies",
    ),
    (HONORIFIC, "mr mrs ms miss dr prof sir dame lord lady messrs mme"),
    (FEMALE, "mrs ms miss dame lady mme"),
    (
        INSTITUTION,
        "house department ministry council office agency administration government committee commission organization organisation party group bank fund institute university foundation center centre association alliance coalition network company corporation corp inc times post news journal service services forces army navy court senate congress parliament kremlin pentagon federation republic kingdom union states nations secretariat cabinet board bureau command police guard embassy mission delegation assembly duma rada authority court tribunal club league society trust watch affairs studies policy forum program programme project initiative campaign movement front treaty agreement agreements declaration act accords conference summit action",
    ),
    (
        NOT_NAME,
        "the a an this that these those in on at for of and but or as if when while after before since although though with from by to into over under during amid however meanwhile still yet so then there here it he she they we i his her its their our my your what why how who which where thus also now today yesterday eastern western northern southern central north south east west new old great greater united soviet state states federal national international global european american russian ukrainian chinese british french german israeli iranian turkish japanese indian korean syrian iraqi afghan polish baltic nordic arab african asian atlantic pacific mr mrs ms dr president minister secretary prime foreign deputy vice general senior former white black red green blue golden holy saint st monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december sunday",
    ),
    (
        SOURCE,
        "account poll polling polls survey surveys study studies report reports analysis data figures estimate estimates statement statements document documents research findings review investigation assessment census tally records readout transcript letter memo filing release",
    ),
    (
        FINITE,
        "saw went came got knew thought felt found left kept held brought began ran won lost met put set sent spent stood understood wrote chose fell grew led meant paid rose sold spoke drew drove broke built bought caught fought hit let cut read struck threw wore gave took made became seemed wants needs remains means seems says knows thinks believes faces plans sees does has is was are were had can could will would may might must should shall",
    ),
    (
        TITLE_NOUN,
        "book books film films movie movies song songs album albums novel novels poem poems play essay essays article articles column headline headlines show series documentary episode podcast memoir memoirs biography autobiography titled entitled headlined dubbed nicknamed named called slogan motto hashtag banner so-called",
    ),
    (PHRASE_NOUN, "phrase phrases term terms word words expression expressions slogan mantra label"),
    (
        MODIFIER,
        "senior former top deputy foreign national security press state defense defence chief vice acting special prime interior finance economic economy military intelligence government assistant associate executive general principal lead leading regional local federal presidential junior high-ranking high-level ranking retired outgoing incoming new current longtime veteran independent trade energy health justice environment education transport agriculture labor labour commerce treasury homeland cyber nuclear arms control policy affairs relations communications information public human rights permanent political diplomatic administration department ministry council staff opposition border customs anonymous unnamed international civilian legal medical financial industry market white house russian ukrainian american chinese european western eastern british french german israeli iranian turkish japanese indian soviet u.s us un eu",
    ),
    (STANCE_ADJ, "insistent adamant emphatic"),
    (
        PROPER,
        "russian ukrainian american chinese european western eastern northern southern british french german israeli iranian turkish japanese indian korean syrian iraqi afghan polish baltic nordic arab african asian soviet u.s us u.k uk un eu nato",
    ),
];

/// Reporting verbs: `lemma frames [irregular forms: third past participle ing]`.
/// Regular forms are derived by English spelling rules.
const VERBS: &[(&str, u8, &str)] = &[
    ("say", CLAUSE | FRAGMENT, "says said said saying"),
    ("add", CLAUSE, ""),
    ("stress", CLAUSE, ""),
    ("warn", CLAUSE | RECIPIENT | DIRECTIVE, ""),
    ("insist", CLAUSE | FRAGMENT, ""),
    ("note", CLAUSE, ""),
    ("argue", CLAUSE, ""),
    ("claim", CLAUSE, ""),
    ("assert", CLAUSE, ""),
    ("declare", CLAUSE, ""),
    ("announce", CLAUSE, ""),
    ("explain", CLAUSE, ""),
    ("specify", CLAUSE, ""),
    ("reiterate", CLAUSE, ""),
    ("repeat", CLAUSE, ""),
    ("signal", CLAUSE, "signals signaled signaled signaling"),
    ("signal", CLAUSE, "signals signalled signalled signalling"),
    ("suggest", CLAUSE, ""),
    ("acknowledge", CLAUSE, ""),
    ("admit", CLAUSE, "admits admitted admitted admitting"),
    ("concede", CLAUSE, ""),
    ("confirm", CLAUSE, ""),
    ("contend", CLAUSE, ""),
    ("emphasize", CLAUSE, ""),
    ("emphasise", CLAUSE, ""),
    ("maintain", CLAUSE, ""),
    ("observe", CLAUSE, ""),
    ("remark", CLAUSE, ""),
    ("reply", CLAUSE, ""),
    ("respond", CLAUSE, ""),
    ("write", CLAUSE, "writes wrote written writing"),
    ("tweet", CLAUSE, ""),
    ("post", CLAUSE | THAT_ONLY, ""),
    ("predict", CLAUSE, ""),
    ("caution", CLAUSE | RECIPIENT, ""),
    ("complain", CLAUSE, ""),
    ("recall", CLAUSE, ""),
    ("report", CLAUSE, ""),
    ("disclose", CLAUSE, ""),
    ("reveal", CLAUSE, ""),
    ("allege", CLAUSE, ""),
    ("deny", CLAUSE | FRAGMENT | THAT_ONLY, ""),
    ("promise", CLAUSE | RECIPIENT | FRAGMENT | THAT_ONLY, ""),
    ("pledge", CLAUSE | RECIPIENT | FRAGMENT | THAT_ONLY, ""),
    ("vow", CLAUSE | FRAGMENT | THAT_ONLY, ""),
    ("threaten", FRAGMENT, ""),
    ("state", CLAUSE, ""),
    ("boast", CLAUSE, ""),
    ("counter", CLAUSE, ""),
    ("retort", CLAUSE, ""),
    ("testify", CLAUSE, ""),
    ("hint", CLAUSE, ""),
    ("underline", CLAUSE, ""),
    ("underscore", CLAUSE, ""),
    ("mention", CLAUSE, ""),
    ("conclude", CLAUSE, ""),
    ("demand", CLAUSE | FRAGMENT | THAT_ONLY, ""),
    ("propose", CLAUSE | THAT_ONLY, ""),
    ("recommend", CLAUSE | THAT_ONLY, ""),
    ("find", CLAUSE | SOURCE_ONLY, "finds found found finding"),
    ("show", CLAUSE | SOURCE_ONLY, "shows showed shown showing"),
    ("ask", RECIPIENT | DIRECTIVE, ""),
    ("urge", CLAUSE | DIRECTIVE, ""),
    ("call", DIRECTIVE | FRAGMENT, ""),
    ("press", DIRECTIVE, ""),
    ("implore", DIRECTIVE, ""),
    ("exhort", DIRECTIVE, ""),
    ("beg", DIRECTIVE, "begs begged begged begging"),
    ("tell", RECIPIENT | DIRECTIVE, "tells told told telling"),
    ("order", DIRECTIVE, ""),
    ("instruct", DIRECTIVE, ""),
    ("advise", RECIPIENT | DIRECTIVE, ""),
    ("assure", RECIPIENT, ""),
    ("reassure", RECIPIENT, ""),
    ("remind", RECIPIENT, ""),
    ("inform", RECIPIENT, ""),
    ("notify", RECIPIENT, ""),
    ("describe", AS | FRAGMENT, ""),
    ("dismiss", AS | FRAGMENT, ""),
    ("reject", AS | FRAGMENT, ""),
    ("characterize", AS | FRAGMENT, ""),
    ("characterise", AS | FRAGMENT, ""),
    ("portray", AS | FRAGMENT, ""),
    ("brand", AS | FRAGMENT, ""),
    ("label", AS | FRAGMENT, "labels labeled labeled labeling"),
    ("label", AS | FRAGMENT, "labels labelled labelled labelling"),
    ("denounce", AS | FRAGMENT, ""),
    ("condemn", AS | FRAGMENT, ""),
    ("hail", AS | FRAGMENT, ""),
    ("criticize", AS | FRAGMENT, ""),
    ("criticise", AS | FRAGMENT, ""),
    ("accuse", FRAGMENT, ""),
    ("invoke", FRAGMENT, ""),
    ("cite", FRAGMENT, ""),
    ("blame", FRAGMENT, ""),
    ("welcome", FRAGMENT, ""),
    ("slam", FRAGMENT, "slams slammed slammed slamming"),
    ("decry", FRAGMENT, ""),
    ("term", AS | FRAGMENT, ""),
    ("dub", FRAGMENT, "dubs dubbed dubbed dubbing"),
    ("refer", FRAGMENT, "refers referred referred referring"),
];

/// Regular English inflections of `lemma`: third person, past, `-ing`.
fn inflect(lemma: &str) -> [String; 3] {
    let b = lemma.as_bytes();
    let last = b.last().copied().unwrap_or(b'x');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b'x' };
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        [
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        ]
    } else if last == b'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        [
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ]
    } else if lemma.ends_with("ss")
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || last == b'x'
    {
        [
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]
    } else {
        [
            format!("{lemma}s"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = Table::default();
        for &(cls, words) in WORDS {
            for w in words.split_whitespace() {
                map.entry(w.as_bytes()).or_default().class |= cls;
            }
        }
        for &(lemma, frames, irregular) in VERBS {
            let forms: Vec<(&'static str, Form)> = if irregular.is_empty() {
                let [s, past, ing] = inflect(lemma);
                vec![
                    (lemma, Form::Base),
                    (leak(s), Form::ThirdPerson),
                    (leak(past), Form::Past),
                    (leak(ing), Form::Ing),
                ]
            } else {
                let mut it = irregular.split_whitespace();
                let mut next = || it.next().unwrap_or(lemma);
                let (s, past, part, ing) = (next(), next(), next(), next());
                let mut v = vec![
                    (lemma, Form::Base),
                    (s, Form::ThirdPerson),
                    (past, Form::Past),
                    (ing, Form::Ing),
                ];
                if part != past {
                    v.push((part, Form::Participle));
                }
                v
            };
            for (w, form) in forms {
                let e = map.entry(w.as_bytes()).or_default();
                if e.verb.is_none() {
                    e.verb = Some(VerbUse {
                        lemma,
                        frames,
                        form,
                    });
                }
            }
        }
        map
    })
}

/// Inflected forms are built once at start-up and live for the program's lifetime.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The lexicon entry for `word` (any case; a trailing period is ignored, so `Mr.` finds
/// `mr`). Unknown and non-ASCII words get an empty entry.
pub(crate) fn lookup(word: &str) -> Entry {
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() > 24 || !word.is_ascii() {
        return Entry::default();
    }
    let mut buf = [0u8; 24];
    let bytes = &mut buf[..word.len()];
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    table().get(&*bytes).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_are_found_in_every_form() {
        for w in [
            "say",
            "says",
            "said",
            "saying",
            "told",
            "warning",
            "specified",
            "urged",
        ] {
            assert!(lookup(w).verb.is_some(), "{w}");
        }
        assert_eq!(lookup("denied").verb.map(|v| v.lemma), Some("deny"));
        assert_eq!(lookup("noting").verb.map(|v| v.lemma), Some("note"));
        assert_eq!(
            lookup("stresses").verb.map(|v| v.form),
            Some(Form::ThirdPerson)
        );
    }

    #[test]
    fn lookup_ignores_case_and_a_final_period() {
        assert!(lookup("Mr.").is(class::HONORIFIC));
        assert!(lookup("SPOKESMAN").is(class::ROLE));
        assert!(lookup("officials").is(class::GROUP));
    }

    #[test]
    fn unknown_and_non_ascii_words_are_empty() {
        assert_eq!(lookup("Lavrov").class, 0);
        assert_eq!(lookup("наголошує").class, 0);
        assert!(lookup("").verb.is_none());
    }
}
