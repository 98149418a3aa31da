"""Word lists the events stage reads: triggers, instrument cues, modality markers, victim classes.

A trigger maps a lemma to a *kind* (a coarse action class); :mod:`warscope.events.typing` turns a kind
plus its arguments and cues into ACLED and PLOVER codes. Kept as plain data so that reviewers can
audit and extend the vocabulary without touching the logic.
"""

from __future__ import annotations

from warscope.codebook import ACLED_TYPES, EVENT_TYPE_OF, PLOVER_TYPES  # noqa: F401 (re-exported)

# ACLED event types and sub-event types, spelled exactly as in the codebook.
ACLED = ACLED_TYPES


# Verb lemmas that denote an event by themselves.
VERB_TRIGGERS: dict[str, str] = {
    # armed attacks and fighting
    "attack": "attack", "assault": "attack", "raid": "attack", "storm": "attack", "ambush": "fight",
    "strike": "attack", "target": "attack", "overrun": "seize", "overtake": "seize",
    "fight": "fight", "clash": "fight", "battle": "fight", "engage": "fight", "repel": "fight",
    "repulse": "fight", "crush": "fight", "rout": "fight",
    # killing and wounding
    "kill": "kill", "murder": "kill", "shoot": "kill", "assassinate": "kill", "behead": "kill",
    "massacre": "kill", "slaughter": "kill", "execute": "execute", "wound": "kill", "injure": "kill",
    "torture": "kill", "gun": "kill", "stab": "kill", "hack": "kill", "beat": "kill",
    # explosives and remote violence
    "bomb": "explode", "explode": "explode", "detonate": "explode", "blow": "explode",
    "shell": "shell", "bombard": "shell", "mortar": "shell",
    # territory
    "seize": "seize", "capture": "seize", "retake": "retake", "recapture": "retake",
    "regain": "retake", "reclaim": "retake", "steal": "loot", "rob": "loot", "withdraw": "withdraw", "retreat": "withdraw",
    "take": "take",
    # violence against civilians
    "abduct": "abduct", "kidnap": "abduct", "rape": "rape",
    # strategic developments
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest", "nab": "arrest",
    "surrender": "surrender", "defect": "change", "merge": "change", "recruit": "change",
    "free": "release", "release": "release", "set": "set",
    "negotiate": "negotiate", "sign": "sign", "host": "host",
    "provide": "arm", "supply": "arm", "deliver": "arm", "arm": "arm", "send": "arm",
    "loot": "loot", "plunder": "loot", "ransack": "loot", "pillage": "loot", "torch": "loot",
    "burn": "loot", "raze": "loot", "vandalize": "loot", "vandalise": "loot", "destroy": "loot",
    "demolish": "loot",
    "defuse": "defuse", "dismantle": "defuse", "intercept": "defuse", "clear": "defuse",
    "deploy": "deploy", "redeploy": "deploy", "dispatch": "deploy", "reinforce": "deploy",
    "fortify": "deploy", "mass": "deploy", "forward": "deploy", "move": "deploy",
    "exchange": "exchange", "open": "open", "throw": "throw", "hurl": "throw", "lob": "throw",
    "erect": "barricade", "light": "barricade", "uproot": "loot", "cut": "loot", "chop": "loot",
    "impose": "curfew", "extend": "curfew", "declare": "curfew", "reimpose": "curfew",
    "disrupt": "disrupt",
    "establish": "base",
    "swear": "allegiance", "pledge": "allegiance",
    # demonstrations
    "protest": "protest", "demonstrate": "protest", "rally": "protest", "march": "protest",
    "riot": "riot", "lynch": "mob", "gather": "gather", "disperse": "protest",
    "re-capture": "retake", "re-take": "retake",
    "drop": "drop", "fire": "fire",
    "find": "find", "discover": "find", "recover": "find", "uncover": "find", "unearth": "find",
    "identify": "find", "drive": "drive", "liberate": "retake",
    # round four: report words seen in conflict notes that no rule read
    "pelt": "pelt", "stone": "stone", "neutralize": "neutralize", "neutralise": "neutralize",
    "launch": "launch", "strip": "strip", "arrive": "arrive", "beef": "beef",
    "block": "block", "barricade": "block",
    # round six: "sprayed the car with bullets", "speared a herder", "stepped on a landmine",
    # "brought reinforcements"
    "spray": "pelt", "spear": "stone", "hit": "contact", "step": "contact", "trigger": "contact",
    "run": "contact", "bring": "arrive",
    # round eight: "broke windows", "smashed car windscreens"
    "break": "shatter", "smash": "shatter", "shatter": "shatter", "charge": "charge",
    "react": "respond", "respond": "respond", "retaliate": "respond", "return": "respond",
    "enter": "arrive", "pour": "take", "spill": "take",
    "whip": "kill", "flog": "kill", "lash": "kill", "slap": "kill", "punch": "kill", "kick": "kill",
    "thwart": "repel", "foil": "repel",
    # round ten: "used explosives to open the safe", "dynamited the bridge"
    "use": "use", "dynamite": "explode", "rough": "kill", "die": "die",
}  # fmt: skip
# What armed men answer an attack with when they fight back.
# ("responded with force" to a crowd is policing, not a fight, so force is not among them)
RETURN_FIRE = {"fire", "gunfire", "shot", "shots", "bullet", "bullets", "gunshot", "gunshots"}
# What police charge people with when the charge is a beating ("baton charged traders").
CHARGE_WEAPONS = {"baton", "batons", "lathi", "lathis", "cane", "canes"}
# What a crowd breaks when it damages property, unlike a record or a promise.
BREAKABLE = {"window", "windows", "windscreen", "windscreens", "windshield", "windshields", "door", "doors",
             "glass", "gate", "gates", "car", "cars", "vehicle", "vehicles", "shop", "shops", "furniture",
             "chair", "chairs", "ballot", "box", "boxes", "camera", "cameras", "equipment", "property",
             "padlock", "lock", "fence", "wall", "walls", "office", "offices", "pane", "panes"}
# What a crowd blocks when it protests ("residents blocked the highway"), unlike a blocked account.
BLOCKED_WAYS = {"road", "roads", "highway", "highways", "street", "streets", "route", "junction",
                "roundabout", "bridge", "entrance", "gate", "gates", "traffic", "railway", "access"}
# Past forms the small model's lemmatiser leaves alone.
IRREGULAR_VERBS = {"retook": "retake", "took": "take", "overtook": "overtake", "overtaken": "overtake", "shot": "shoot", "fought": "fight",
                   "blew": "blow", "overran": "overrun", "stole": "steal", "struck": "strike",
                   "sent": "send", "swore": "swear", "drove": "drive", "found": "find",
                   "beaten": "beat", "overrun": "overrun", "stolen": "steal", "retaken": "retake",
                   "driven": "drive", "sworn": "swear", "taken": "take", "shelled": "shell",
                   # the small model's lemmatiser cuts these wrongly ("staged" -> "stag")
                   "staged": "stage", "staging": "stage", "stages": "stage"}

# Noun lemmas (nominalisations) that denote an event.
NOUN_TRIGGERS: dict[str, str] = {
    "demo": "protest", "demos": "protest", "rampage": "riot",
    "attack": "attack", "assault": "attack", "raid": "attack", "offensive": "attack",
    "ambush": "fight", "incursion": "attack",
    "clash": "fight", "fighting": "fight", "fight": "fight", "battle": "fight", "firefight": "fight",
    "shoot-out": "fight", "gun-battle": "fight", "fire-fight": "fight",
    "skirmish": "fight", "gunfight": "fight", "shootout": "fight", "gunbattle": "fight",
    "killing": "kill", "murder": "kill", "assassination": "kill", "massacre": "kill",
    "shooting": "kill", "execution": "execute", "beheading": "kill",
    "explosion": "explode", "blast": "explode", "bombing": "explode", "detonation": "explode",
    "airstrike": "air", "air-strike": "air", "strike": "strike",
    "shelling": "shell", "bombardment": "shell", "barrage": "shell",
    "abduction": "abduct", "kidnapping": "abduct", "rape": "rape",
    "arrest": "arrest", "detention": "arrest",
    "surrender": "surrender", "release": "release", "break": "break", "jailbreak": "break", "charge": "charge", "exchange": "exchange",
    "negotiation": "negotiate", "talk": "negotiate",
    "agreement": "agree", "deal": "agree", "accord": "agree", "treaty": "agree",
    "ceasefire": "agree", "cease-fire": "agree", "truce": "agree", "pact": "agree",
    "protest": "protest", "demonstration": "protest", "rally": "protest", "sit-in": "protest", "sit-ins": "protest",
    "riot": "riot", "rioting": "riot", "unrest": "riot", "lynching": "mob",
    "looting": "loot", "arson": "loot",
    "withdrawal": "withdraw", "pullout": "withdraw",
    "patrol": "patrol", "shot": "shots", "conflict": "conflict", "operation": "operation",
    "projectile": "projectiles",
}  # fmt: skip

# Verbs whose nominal object is the event and whose subject is its agent ("launched an attack").
LIGHT_VERBS = {
    "launch", "carry", "conduct", "stage", "mount", "perpetrate", "commit", "organize", "organise",
    "claim", "make", "wage", "open", "hold", "reach", "broker", "conclude", "strike", "sign",
    "lead", "undertake", "orchestrate", "mastermind", "announce", "order", "begin", "start",
}
# Participles that attach a nominal event to its perpetrator ("an attack blamed on X").
ATTRIBUTION_VERBS = {"attribute", "blame", "claim", "carry", "conduct", "organize", "organise",
                     "perpetrate", "launch", "stage", "mount", "lead", "orchestrate"}

# Adjectives that turn what follows into a reputation, not an event ("infamous for attacks").
REPUTATION_ADJECTIVES = {"infamous", "notorious", "known", "famous", "renowned", "responsible",
                         # "a bomb was due to explode", "likely to attack": not (yet) events
                         "due", "likely", "unlikely", "able", "ready", "poised", "eager", "willing"}
# Contraband that security forces seize or destroy (ACLED codes it as property destruction).
CONTRABAND_WORDS = {"marijuana", "cannabis", "cocaine", "heroin", "drug", "narcotic", "methamphetamine",
                    "meth", "opium", "lab", "laboratory", "coca", "poppy", "hashish", "khat", "miraa",
                    "contraband", "plantation"}
LIVESTOCK_WORDS = {"livestock", "cattle", "cow", "goat", "sheep", "camel", "animal", "goods", "food",
                   "motorbike", "motorcycle", "property", "money", "crop", "grain", "vehicle", "car"}

# Modal auxiliaries: the event is hypothetical or future, not reported as having happened.
MODALS = {"could", "would", "might", "may", "should", "must", "can", "will", "shall", "'ll", "'d",
          "ca", "wo", "ought"}
# Heads of an infinitive or object that turn an event into an intention, a plan or an avoided act.
IRREALIS_VERBS = {
    "plan", "intend", "threaten", "vow", "swear", "promise", "want", "seek", "try", "attempt",
    "aim", "hope", "prepare", "expect", "decide", "refuse", "fail", "prevent", "stop", "pledge",
    "need", "wish", "plot", "urge", "ask", "call", "warn", "fear", "avoid", "deny", "consider",
    "propose", "demand", "hesitate", "allow", "avert", "thwart", "foil", "deter", "resist",
    "accuse", "allege", "risk", "imagine", "doubt", "predict", "forecast", "discuss", "debate",
}  # fmt: skip
# Nouns that make an embedded event unreal ("the specter of a battle", "the threat of attacks").
IRREALIS_NOUNS = {
    "specter", "spectre", "threat", "risk", "fear", "possibility", "prospect", "plan", "danger",
    "warning", "rumor", "rumour", "chance", "prevention", "call", "demand", "plot", "likelihood",
    "attempt", "intention", "goal", "aim", "scenario", "wave", "campaign", "history", "series",
    "kind", "type", "video", "footage", "fear", "allegation", "accusation", "claim", "denial",
    "power", "right", "authority", "ability", "permission", "order", "need", "failure",
    "proposal", "principle", "idea", "notion", "concept", "policy", "practice",
}  # fmt: skip
IRREALIS_MARKS = {"if", "unless", "whether", "lest"}

# Instrument cues for remote violence, matched on lower-cased tokens in the event's clause.
SUICIDE_CUES = {"suicide", "self-immolation", "vbied", "svbied"}
AIR_CUES = {"airstrike", "airstrikes", "air-strike", "warplane", "warplanes", "jet", "jets",
            "drone", "drones", "aircraft", "helicopter", "helicopters", "gunship", "gunships",
            "air", "aerial", "uav", "bomber", "bombers", "plane", "planes", "air force"}
SHELL_CUES = {"mortar", "mortars", "shell", "shells", "shelling", "artillery", "rocket",
              "rockets", "missile", "missiles", "howitzer", "bombardment", "katyusha", "grad",
              "projectile", "projectiles", "rpg"}
GRENADE_CUES = {"grenade", "grenades", "hand-grenade"}
IED_CUES = {"ied", "ieds", "roadside", "landmine", "landmines", "mine", "mines", "improvised",
            "car", "vehicle-borne", "magnetic", "sticky", "booby", "booby-trapped", "explosive",
            "explosives", "device", "devices", "remote", "remote-controlled", "planted"}
# Cues that name an explosive only beside a word for one: "a gunman shot the driver of a car",
# "a guard at the gold mine shot a miner" are shootings.
IED_WEAK_CUES = {"car", "mine", "mines", "device", "devices", "remote", "planted", "magnetic", "sticky"}
BLAST_WORDS = {"bomb", "bombs", "blast", "blasts", "explosion", "explosions", "explode", "exploded",
               "detonate", "detonated", "detonation", "explosive", "explosives", "ied", "ieds"}
CHEMICAL_CUES = {"chemical", "chlorine", "sarin", "mustard", "nerve", "toxic", "poison", "poisonous"}

# Victim and participant classes from the head noun of an argument (lower-case lemmas).
CIVILIAN_WORDS = {
    "civilian", "villager", "resident", "people", "person", "man", "woman", "child", "boy", "girl",
    "student", "teacher", "worker", "farmer", "worshipper", "worshiper", "elder", "local",
    "passenger", "journalist", "reporter", "doctor", "nurse", "family", "inmate", "prisoner",
    "detainee", "captive", "hostage", "pilgrim", "shopkeeper", "trader", "driver", "herder",
    "citizen", "crowd", "community", "refugee", "displaced", "infant", "baby", "mother", "father",
    "son", "daughter", "wife", "husband", "scholar", "cleric", "imam", "priest", "traveller",
    "traveler", "merchant", "businessman", "activist", "official", "employee", "chief", "leader",
    "member", "relative", "governor", "mayor", "judge", "politician", "lawmaker",
    "candidate", "village", "hamlet", "house", "home", "market", "school", "church", "mosque",
    "hospital", "tribesman", "herdsman", "miner", "fisherman", "voter", "aid", "laborer",
    "labourer", "migrant", "supporter", "youth", "pupil", "patient", "pastor", "nun", "monk",
    "individual", "tenant", "motorist", "vendor", "hawker", "teenager", "pedestrian", "widow",
}  # fmt: skip
ARMED_WORDS = {
    "soldier", "troop", "police", "policeman", "policemen", "officer", "army", "force", "militant",
    "fighter", "insurgent", "rebel", "guerrilla", "jihadist", "jihadi", "gunman", "gunmen",
    "militia", "militiaman", "militiamen", "commander", "guard", "checkpoint", "post", "base",
    "convoy", "personnel", "serviceman", "marine", "patrol", "terrorist", "combatant", "military",
    "battalion", "brigade", "unit", "squad", "garrison", "sniper", "paramilitary", "outpost",
    "bandit", "attacker", "assailant", "extremist", "taliban", "mujahideen", "service", "raider",
    "rustler", "warrior", "kidnapper", "pirate", "vdp",
}  # fmt: skip
PROTESTER_WORDS = {"protester", "protestor", "demonstrator", "marcher", "protesters", "demonstrators"}
RIOTER_WORDS = {"rioter", "mob", "rioters", "vigilante", "mobs", "vigilantes"}
# Unarmed crowds whose violence ACLED calls mob violence when no demonstration is going on.
MOB_AGENTS = {"mob", "youth", "youths", "resident", "villager", "crowd", "student", "supporter",
              "people", "mourner", "trader", "vigilante", "local",
              # rival trades, factions and members of a body, fighting with their hands
              "faction", "operator", "delegate", "motorist", "vendor", "hawker", "fan",
              # members of an assembly who come to blows in the chamber
              "deputy", "lawmaker", "legislator", "mp", "parliamentarian", "senator", "councillor",
              "councilor", "politician"}
RIOT_CUES = {"riot", "rioting", "violent", "violently", "stone", "stones", "rock", "rocks", "pelt", "bonfire", "bonfires",
             "pelted", "torch", "torched", "loot", "looted", "vandalize", "vandalized", "vandalised",
             "clash", "clashed", "burn", "burned", "burnt", "petrol", "molotov", "barricade",
             "barricaded", "tyre", "tyres", "tire", "tires", "firebomb", "smash", "smashed"}

# Actor kinds (model.ActorKind) grouped by the role ACLED gives them.
ARMED_KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia",
               "external_forces"}
STATE_KINDS = {"state_forces", "government"}
CIVILIAN_KINDS = {"civilians", "person"}
# Vehicles that carry the public: who is in them is a civilian ("ambushed a bus").
CIVILIAN_CARRIERS = {"bus", "matatu", "minibus", "taxi", "coach"}

# Objects that make a verb of taking into a territorial event.
TERRITORY_WORDS = {
    "territory", "town", "city", "village", "district", "province", "valley", "area", "region",
    "base", "airport", "prison", "capital", "control", "checkpoint", "post", "outpost", "hill",
    "road", "highway", "bridge", "border", "crossing", "headquarters", "compound", "camp",
    "statelet", "enclave", "stronghold", "county", "state", "locality", "neighbourhood",
    "neighborhood", "port", "airfield", "garrison", "position", "positions", "mountain", "island",
}  # fmt: skip
WEAPON_WORDS = {"weapon", "arm", "ammunition", "explosive", "rifle", "gun", "grenade", "ied",
                "mine", "missile", "rocket", "cache", "munition", "bomb", "drug", "drugs", "firearm",
                "ammo", "stash", "device", "projectile", "round", "arsenal", "landmine", "shell",
                "mortar", "detonator", "package", "pistol", "magazine", "landmine", "parcel"}
# Objects that make "deployed/sent X" a movement of forces.
FORCE_WORDS = {"troop", "force", "soldier", "unit", "reinforcement", "battalion", "brigade", "police",
               "personnel", "tank", "militia", "fighter", "army", "contingent", "convoy", "column"}
BASE_WORDS = {"base", "headquarters", "camp", "checkpoint", "outpost", "post", "position", "point",
              "fortification", "trench", "barrack", "barracks", "bunker"}
# What a crowd throws when it pelts someone ("pelted the convoy with stones"), not words or eggs.
MISSILE_OBJECTS = {"stone", "rock", "brick", "bottle", "petrol", "molotov", "firebomb", "projectile",
                   "object", "stick"}
# Munitions that make "launched X" a shelling or missile attack.
LAUNCHED_MUNITIONS = {"rocket", "missile", "mortar", "shell", "projectile", "katyusha", "grad"}
PROPERTY_WORDS = {"house", "home", "shop", "market", "building", "vehicle", "car", "church",
                  "mosque", "school", "office", "property", "village", "hut", "store", "crop",
                  "field", "station", "truck", "bus", "dwelling", "hospital", "clinic", "tower",
                  "greenhouse", "shed", "barn", "structure", "kiosk", "stall", "warehouse", "farm",
                  "apartment", "residence", "tent", "shelter", "cistern", "orchard", "stadium", "tribune",
                  "mast", "pylon", "antenna", "transformer", "plantation", "bridge", "cottage", "homestead",
                  "lodge", "hotel", "restaurant", "bar", "factory", "plant", "depot", "manyatta",
                  "palace", "billboard", "poster", "banner", "headquarters", "premises", "courthouse",
                  "monument", "statue", "bank", "pipeline", "oilfield", "well", "booth", "mill", "garage",
                  "shrine", "temple", "tomb", "library", "museum", "hall", "gate", "window"}
# What is cut down or uprooted to ruin a farmer: "settlers cut down olive trees".
TREE_WORDS = {"tree", "olive", "sapling", "vine", "orchard", "grove", "palm", "seedling"}
DIPLOMACY_OBJECTS = {"delegation", "talk", "meeting", "summit", "leader", "visit", "conference",
                     "minister", "envoy", "negotiation", "official"}
AGREEMENT_WORDS = {"agreement", "deal", "accord", "treaty", "ceasefire", "cease-fire", "truce",
                   "pact", "memorandum", "exchange", "swap"}
# Places inside an event's clause that are good evidence two mentions are the same event.
SITE_WORDS = {
    "airport", "prison", "jail", "cave", "complex", "checkpoint", "base", "market", "mosque",
    "school", "hospital", "embassy", "hotel", "bridge", "church", "university", "compound",
    "station", "camp", "convoy", "palace", "parliament", "ministry", "wedding", "funeral", "bazaar",
}  # fmt: skip

# Verbs whose subject is a violent event and whose object is its victim ("a blast killed ...").
EVENT_SUBJECT_VERBS = {"kill", "hit", "target", "rip", "rock", "wound", "injure", "strike",
                       "destroy", "damage", "claim", "leave", "tear"}

# Sub-event types the classifier may choose between, by trigger kind (the rules keep the rest).
_VIOLENT_SUBS = {"Armed clash", "Attack", "Chemical weapon", "Air/drone strike", "Suicide bomb",
                 "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
                 "Excessive force against protesters", "Mob violence", "Violent demonstration",
                 "Abduction/forced disappearance", "Sexual violence"}
_CROWD_SUBS = set(ACLED["Protests"]) | set(ACLED["Riots"])
MODEL_CHOICES: dict[str, set[str]] = {
    # not property destruction: a house burned in an attack is part of the attack
    **{k: _VIOLENT_SUBS for k in ("attack", "fight", "kill", "strike", "break", "execute")},
    **{k: set(ACLED["Explosions/Remote violence"]) for k in ("explode", "drop")},
    "shell": set(ACLED["Explosions/Remote violence"]) | {"Armed clash", "Attack"},
    "air": set(ACLED["Explosions/Remote violence"]),
    "protest": _CROWD_SUBS,
    "riot": _CROWD_SUBS | {"Attack", "Armed clash"},
    "mob": _CROWD_SUBS | {"Attack"},
    "seize": {"Non-state actor overtakes territory", "Government regains territory",
              "Non-violent transfer of territory", "Armed clash"},
    "retake": {"Non-state actor overtakes territory", "Government regains territory", "Armed clash"},
    "loot": {"Looting/property destruction", "Violent demonstration", "Mob violence", "Attack",
             "Armed clash"},
    "arrest": {"Arrests", "Abduction/forced disappearance", "Protest with intervention"},
    "abduct": {"Abduction/forced disappearance", "Arrests", "Attack"},
    "capture_person": {"Abduction/forced disappearance", "Arrests", "Attack"},
    "withdraw": {"Non-violent transfer of territory", "Change to group/activity", "Other"},
    "defuse": {"Disrupted weapons use", "Arrests"},
}
# The PLOVER type that goes with a sub-event type when the classifier changes it.
SUB_PLOVER = {sub: "ASSAULT" for sub in EVENT_TYPE_OF} | {
    "Peaceful protest": "PROTEST", "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "PROTEST", "Violent demonstration": "PROTEST",
    "Arrests": "COERCE", "Agreement": "AGREE", "Non-violent transfer of territory": "RETREAT",
    "Headquarters or base established": "MOBILIZE", "Change to group/activity": "COOPERATE",
    "Disrupted weapons use": "COERCE", "Other": "MOBILIZE",
}

# Triggers with common figurative senses ("a bruising battle", "Fox attacks Blair", "beat Bath
# 17-16", "the best execution yet"): kept only with a sign of physical violence nearby.
FIGURATIVE_PRONE = {"bombard", "attack", "fight", "battle", "clash", "beat", "assault", "strike", "target",
                    "hit", "execution", "raid", "offensive", "blast", "wound", "injure",
                    "steal", "rob", "torture", "engage", "crush", "rout", "storm", "showdown",
                    "skirmish", "fighting", "shooting", "shoot"}
VIOLENCE_WORDS = {
    "injury", "injuries", "settler", "settlers", "hospitalised", "hospitalized",
    "kill", "killed", "dead", "death", "die", "died", "gun", "gunman", "gunmen", "gunfire", "shot",
    "bomb", "bomber", "explosive", "militant", "rebel", "soldier", "troop", "police", "army",
    "military", "fighter", "insurgent", "weapon", "rifle", "machete", "knife", "grenade", "rocket",
    "mortar", "missile", "shell", "airstrike", "hostage", "kidnap", "civilian", "casualty",
    "injured", "wounded", "bullet", "armed", "firearm", "ambush", "jihadist", "terrorist", "security",
    "checkpoint", "convoy", "detonate", "suicide", "device", "massacre", "village", "villager",
    "raider", "bandit", "militia", "assailant", "attacker", "stab", "stabbed", "beaten", "club",
    "stick", "ied", "drone", "warplane", "artillery", "clashes", "casualties", "injuring", "killing",
    "fatalities", "body", "bodies", "torched", "burned", "burnt", "looted", "abducted", "riot", "rioter",
    "protester", "demonstrator", "tear", "forces", "force", "guard", "prison", "base",
    # weapons of a brawl and words that make a fight one of bodies ("a physical fight", "came to blows")
    "baton", "bludgeon", "cudgel", "panga", "spear", "arrow", "axe", "sword", "whip", "stone", "physical",
    "blows", "fist", "fisticuffs", "brawl",
}  # fmt: skip

# Lemmas whose presence in a sentence marks it as about armed conflict, unrest or repression; a long
# document with few such sentences (sport, business, culture news) reports no conflict event, whatever
# its metaphors ("a bruising battle", "beat Bath", "bombards users").
CONFLICT_LEMMAS = {
    "kill", "killed", "dead", "death", "militant", "soldier", "troop", "rebel", "insurgent", "bomb",
    "bomber", "bombing", "explosion", "blast", "gunman", "gunmen", "protester", "demonstrator",
    "rioter", "riot", "army", "military", "militia", "airstrike", "shelling", "clash", "wounded",
    "casualty", "hostage", "kidnap", "abduct", "terrorist", "jihadist", "ceasefire", "weapon",
    "fighter", "civilian", "massacre", "assassinate", "insurgency", "war", "violence", "police",
    "security", "attack", "protest", "demonstration", "shoot", "gunfire", "explosive", "missile",
    "rocket", "mortar", "artillery", "taliban", "faction", "guerrilla", "extremist", "refugee",
}

# A negotiation, agreement or deal is an ACLED event only between parties to a conflict: one of these
# words in the sentence (or an armed actor among the arguments) says that it is one.
POLITICAL_CONFLICT_WORDS = CONFLICT_LEMMAS | {
    "peace", "truce", "prisoner", "hostage", "ceasefire", "cease-fire", "armistice", "insurgent",
    "opposition", "separatist", "mediator", "mediation", "junta", "coup", "force", "forces",
    "activist", "journalist", "dissident", "suspect", "bandit", "raider", "disputed",
}

# A text this short is one report (a brief, a snippet, an ACLED note): its sentences tell one story.
SHORT_TEXT_CHARS = 1500

# An explosion, fire or leak at one of these, with nobody said to attack, is an industrial accident
# (a warehouse of chemicals, a fireworks factory, a gas cylinder).
ACCIDENT_WORDS = {"factory", "warehouse", "fireworks", "firework", "cylinder", "boiler", "propane", "leak",
                  "leaked", "leakage", "refinery", "storage", "stored", "industrial", "solvent", "solvents",
                  "chemicals", "garage", "accidental", "accidentally", "short-circuit", "mine-shaft",
                  "colliery", "kiln", "reactor", "pipeline"}
# ... unless one of these says that someone made it happen.
HOSTILE_WORDS = {"attack", "attacked", "attacker", "attackers", "bomb", "bombs", "bomber", "bombing", "ied",
                 "grenade", "mortar", "rocket", "missile", "shell", "shells", "shelling", "militant",
                 "militants", "gunmen", "gunman", "arson", "arsonist", "armed", "suicide", "drone", "drones",
                 "airstrike", "terrorist", "terrorists", "device", "sabotage", "saboteur", "insurgent",
                 "insurgents", "rebel", "rebels", "war", "shot", "shooting", "teargas",
                 "torched", "artillery", "strike", "targeted", "targeting", "landmine", "ied", "explosives",
                 "planted", "detonated", "gunfire", "bullets", "soldiers", "troops", "stormed"}

# Deaths told with these are a disaster's or an accident's toll, not violence (unless someone armed
# is named as doing it).
DISASTER_WORDS = {"earthquake", "quake", "tsunami", "flood", "floods", "flooding", "landslide", "landslides",
                  "mudslide", "volcano", "eruption", "erupted", "cyclone", "hurricane", "typhoon", "storm",
                  "storms", "avalanche", "drought", "wildfire", "wildfires", "epidemic", "outbreak",
                  "crash", "crashed", "derailed", "derailment", "capsized", "stampede", "accident",
                  "collapse", "collapsed", "lightning", "heatwave", "disaster"}
