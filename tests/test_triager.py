"""The whole triage, one class of patient language at a time (issue 10's failure classes), through
the trained model's triager, and the rules of the learned second opinion on a small model of
known weights. Each row: message -> (tier, the symptom keys reported)."""

from __future__ import annotations

import numpy as np
import pytest

from triage.detector import default_detector
from triage.learned import Example, LearnedOpinion, Opinion, _features, _folds, _stack
from triage.result import Level, Origin, Status, Triage
from triage.triager import FUNCTION_WORDS, Triager, Turn, conversation

E, S, A, G = "emergency", "stop", "check", "general"


def tier(triage: Triage) -> str:
    return {Level.EMERGENCY: E, Level.STOP: S, Level.CHECK: A}.get(triage.level, G)


def check(triager, text: str, expected: str, symptoms: list[str]) -> None:
    triage = triager(text)
    assert (tier(triage), [k for k in triage.reported if k in symptoms or not symptoms]) == (expected, symptoms), text


DESCRIBED = [  # 1. described, not named
    # (stop 49, a chat tuning set) a reach that misses said with "can't seem to", a walk in two words of zigzag or like
    # on a boat, a bike that won't steer straight
    ("my brother cant seem to grab things he reaches and misses, been on soma a few days", S, ["loss_of_coordination"]),
    ("step dad walking weird kinda zig zag, hes on soma and didnt drink anything", S, ["loss_of_coordination"]),
    ("gf is walking like shes on a boat ever since her soma", S, ["loss_of_coordination"]),
    ("my friend on soma fell off her bike today cuz she couldnt steer straight", S, ["loss_of_coordination"]),
    ("my wife keeps seeing a little girl in our kitchen who isnt there", S, ["hallucinations"]),
    ("i hear music at night but the radio is off and nothing is on", S, ["hallucinations"]),
    ("the walls are breathing and the carpet pattern is crawling", S, ["hallucinations"]),
    ("walking like a drunk all day and i havent touched a drop", S, ["loss_of_coordination"]),
    ("keep missing the light switch, can't do up my buttons", S, ["loss_of_coordination"]),
    ("my legs don't go where i tell them", S, ["loss_of_coordination"]),
    ("muscles jumping under the skin in my calves", S, ["twitching"]),
    ("my jaw is locked and i cant open my mouth properly", S, ["muscle_stiffness"]),
    ("my legs feel like concrete since the soma", S, ["muscle_stiffness"]),
    ("even water comes back up", S, ["vomiting"]),
    ("my heart won't slow down", S, ["fast_heartbeat"]),
    # (stop 29) not there, in any words; a drum inside; a quiver; cold shakes; a part locked up after a dose
    ("i keep hearing a doorbell that isn't there", S, ["hallucinations"]),
    ("my heart feels like a drum going really quick", S, ["fast_heartbeat"]),
    ("the muscles around my lips keep quivering since the soma", S, ["twitching"]),
    ("my dad keeps getting the cold shakes even with the heating on", S, ["shivering"]),
    ("my knee locked up like an old door after my evening dose", S, ["muscle_stiffness"]),
    ("my shoulders and arms went rigid and won't loosen", S, ["muscle_stiffness"]),
    # (stop 29, families a helper described from blind sets' misses, in the team's words) from room to room and back;
    # no position bearable; the dead seen; never far from a toilet; a fit that begins stiff
    ("my husband keeps going from the kitchen to the bedroom and back all night, not like him", S, ["restlessness"]),
    ("can't sit, can't lie down, i just keep walking around", S, ["restlessness"]),
    ("dad's been talking to my grandma in the hallway and she's been dead for 10 years", S, ["hallucinations"]),
    ("i can't be more than 10 minutes from a toilet today", S, ["diarrhea"]),
    ("my bum has been like a tap since the second dose", S, ["diarrhea"]),
    ("sitting in the sun but i've got the shivers and goosebumps", S, ["shivering"]),
    ("my eyelid has been doing a disco since lunch", S, ["twitching"]),
    ("like someone is plucking strings in my thigh all evening", S, ["twitching"]),
    # without a verb of perceiving, or with no one there
    ("grandad keeps chatting to a woman who isn't there", S, ["hallucinations"]),
    ("grandpa keeps talking to nobody in the corner", S, ["hallucinations"]),
    ("he keeps brushing invisible bugs off his arms", S, ["hallucinations"]),
    # balance of anyone, falling, a room paced, a twitch where Soma's spasms are
    ("my wife can't keep her balance tonight", S, ["loss_of_coordination"]),
    ("dad keeps falling in the hallway", S, ["loss_of_coordination"]),
    ("i'm pacing my kitchen and can't calm down", S, ["restlessness"]),
    ("a twitch in my neck that won't quit", S, ["twitching"]),
    ("had the runs for three days now", S, ["diarrhea"]),
    # a spasm is what Soma treats, unless new, worse or all over
    ("spasms all over my body since i started soma", S, ["twitching"]),
    ("new spasms in my legs, worse every day", S, ["twitching"]),
    ("his body is spasming uncontrollably", S, ["twitching"]),  # out of control, elsewhere: not the back
    ("my husband keeps having spasms in his arms and legs", S, ["twitching"]),
    ("my lower back spasms, but now my legs are spasming too", S, ["twitching"]),
    ("she keeps seizing up and shaking", E, ["seizure_now"]),  # a person seizing up may be in a seizure
    ("he's seizing and won't stop, eyes rolled back", E, ["seizure_now"]),  # seizing, not seizing up
    # whatever is perceived isn't there, or nobody else perceives it; the dead visit; the radio speaks to one person
    ("my son hears a dog barking that isn't barking", S, ["hallucinations"]),
    ("she sees kids in the yard that nobody else can see", S, ["hallucinations"]),
    ("there's a man at the foot of the bed that isn't really there", S, ["hallucinations"]),
    ("grandma says her late sister came to visit last night", S, ["hallucinations"]),
    ("the radio is talking to me about my family", S, ["hallucinations"]),
    # bowels, walking, hands, muscles, heart and restlessness described
    ("his poop is basically water", S, ["diarrhea"]),
    ("been stuck on the loo all day", S, ["diarrhea"]),
    ("she can't walk in a straight line tonight", S, ["loss_of_coordination"]),
    ("dropped my keys three times this morning", S, ["loss_of_coordination"]),
    ("can hardly walk without holding the wall", S, ["loss_of_coordination"]),  # "without" denies nothing here
    ("his neck is twisted to one side since his dose", S, ["muscle_stiffness"]),  # new since a dose: not the back pain
    ("my neck and shoulders are stiff, and now my arms and legs are too", S, ["muscle_stiffness"]),
    ("my husband's gone all stiff and rigid", S, ["muscle_stiffness"]),  # "gone" that says what he became
    ("a pounding heartbeat since lunch", S, ["fast_heartbeat"]),
    ("feel ill to my stomach since the soma", S, ["nausea"]),
    ("she's gone right off her food and feels sick", S, ["nausea"]),
    ("he's been pacing round the house all night", S, ["restlessness"]),
    ("my brother's on my old soma prescription and can't sit still", S, ["restlessness"]),  # Soma is no other cause
    # a cause ruled out or only a simile; a withdrawal is no recovery
    ("sweating even when i'm freezing", S, ["sweating"]),
    ("sweating like i'm in a sauna and the heating is off", S, ["sweating"]),
    ("shaking all over since i stopped taking it", S, ["tremors"]),
    ("had to come off it because the sweating never stopped", S, ["sweating"]),  # never stopped: still going
    ("couldn't eat much due to nausea", S, ["nausea"]),  # a symptom as the cause of something else is still there
    # a cause explains the clause just before it, not a list further back
    ("intense sweating, bad sleep, spacey and dizzy, napping all afternoon because of the brain fog", S, ["sweating"]),
    # sweat, aim and restlessness described without their names
    ("the pillow was wet through when i woke and my t-shirt is damp", S, ["sweating"]),
    ("water dripping off my forehead and i'm only sitting on the sofa", S, ["sweating"]),
    ("keep pressing the wrong buttons on the remote since my dose", S, ["loss_of_coordination"]),
    ("went to sit down and misjudged where the sofa was", S, ["loss_of_coordination"]),
    ("my feet never land where i aim them since the soma", S, ["loss_of_coordination"]),
    ("can't stay in one position for more than a minute", S, ["restlessness"]),
    ("feel hyped up and uneasy since the first dose", S, ["restlessness"]),
    ("neck suddenly rigid and it's not the part i injured", S, ["muscle_stiffness"]),  # not the treated place
    ("my knees feel bolted in place since the soma", S, ["muscle_stiffness"]),
    ("my legs are like iron girders today", S, ["muscle_stiffness"]),
    ("can't bend my elbows at all this morning", S, ["muscle_stiffness"]),
    ("his body went all hard and straight on the sofa", S, ["muscle_stiffness"]),
    ("i move like a tin man since starting it", S, ["muscle_stiffness"]),
    ("missed the last step twice today and went flying", S, ["loss_of_coordination"]),
    ("lost my footing on flat ground this morning", S, ["loss_of_coordination"]),
    ("walking like a baby giraffe since the first dose", S, ["loss_of_coordination"]),
    ("can't get a cup to my lips without spilling", S, ["loss_of_coordination"]),
    ("my foot keeps bouncing under the table nonstop", S, ["restlessness"]),
    ("can't stay put for more than a minute tonight", S, ["restlessness"]),
    ("she's chatting to kids who aren't in the house", S, ["hallucinations"]),
    ("he keeps brushing off spiders that don't exist", S, ["hallucinations"]),
    ("my calf keeps moving on its own", S, ["twitching"]),
    # a hand that won't land, what is held slipping, feet that catch, an urge to move, up and down, a part that
    # won't curl
    ("can barely get my fork to my mouth tonight", S, ["loss_of_coordination"]),
    ("everything she picks up slips out of her hands", S, ["loss_of_coordination"]),
    ("keep clipping my toes on the stairs since the tablets", S, ["loss_of_coordination"]),
    ("walking like he's had ten beers and he hasn't had a drop", S, ["loss_of_coordination"]),
    ("i can't seem to walk in a straight line", S, ["loss_of_coordination"]),
    ("an urge to move that won't go away", S, ["restlessness"]),
    ("his legs want to keep moving all evening", S, ["restlessness"]),
    ("keeps jumping up and down off the sofa", S, ["restlessness"]),
    ("i can't stop fidgeting since the pill", S, ["restlessness"]),
    ("haven't been able to sit still all morning", S, ["restlessness"]),
    ("my fingers won't curl round the mug", S, ["muscle_stiffness"]),
    ("can't bend at the waist this morning", S, ["muscle_stiffness"]),
    # a stomach that moves or empties, food that won't stay down or goes through, skin hot to the hand, a jaw that
    # chatters, a pulse that flies
    ("my stomach keeps lurching every time i sit up", S, ["nausea"]),
    ("she emptied her stomach three times this evening", S, ["vomiting"]),
    ("nothing will stay down since lunch", S, ["vomiting"]),
    ("food goes straight through him since the tablets", S, ["diarrhea"]),
    ("her skin is scorching tonight", S, ["fever"]),
    ("the baby feels like a radiator", S, ["fever"]),
    ("her jaw keeps chattering under the duvet", S, ["shivering"]),
    ("her pulse is flying", S, ["fast_heartbeat"]),
    # the noun an adjective of the lexicon makes (stop 23)
    ("jitteriness all day", S, ["restlessness"]),
    ("some queasiness after every dose", S, ["nausea"]),
    ("twitchiness in both calves", S, ["twitching"]),
    # described in any words: pacing room to room, wet all over, a lead pipe, a bucket just in case, zigzagging,
    # a bitten tongue, pure liquid, a neck like a hotplate, freezing under blankets, one that jumps by itself (stop 23)
    ("my husband keeps pacing room to room and can't settle since his dose", S, ["restlessness"]),
    ("i keep switching positions on the sofa every minute, can't get comfy", S, ["restlessness"]),
    ("my nightie is wet all over and i've only been lying down", S, ["sweating"]),
    ("his arm goes to and fro when he lifts his cup", S, ["tremors"]),
    ("her elbow resists like a lead pipe when i try to straighten it", S, ["muscle_stiffness"]),
    ("my calf muscles are clenched and won't relax", S, ["muscle_stiffness"]),
    ("my stomach keeps flipping over since the soma", S, ["nausea"]),
    ("sitting with a bucket beside me just in case", S, ["nausea"]),
    ("i've been zigzagging down the hall all morning", S, ["loss_of_coordination"]),
    ("my legs go the wrong direction when i try to turn", S, ["loss_of_coordination"]),
    ("woke up with a bitten tongue and a sore head, no idea why", S, ["convulsions"]),
    ("mum brought up all her dinner after her soma", S, ["vomiting"]),
    ("he can't keep down water since this morning", S, ["vomiting"]),
    ("it's pure liquid every time i go", S, ["diarrhea"]),
    ("didn't make it to the toilet in time twice today", S, ["diarrhea"]),
    ("her neck feels like a hotplate", S, ["fever"]),
    ("he's freezing even under three blankets", S, ["shivering"]),
    ("dad keeps asking for more blankets and it's warm in here", S, ["shivering"]),
    ("my thigh jumps by itself every few seconds", S, ["twitching"]),
    ("my eyelid keeps moving on its own", S, ["twitching"]),
    # stop 24: reaching for what isn't there; what the hands hold; cold to the marrow; a twitch that tugs
    ("he swears there are spiders in his bed", S, ["hallucinations"]),
    ("i went to stroke the dog and there was no dog", S, ["hallucinations"]),
    ("kept brushing off ants from her arms all night", S, ["hallucinations"]),
    ("my cup rattles on the saucer every time i lift it", S, ["tremors"]),
    ("when she holds her tea it sloshes everywhere", S, ["tremors"]),
    ("the corner of his lip keeps tugging", S, ["twitching"]),
    ("chilled to the marrow though the heating is on", S, ["shivering"]),
    ("waves of cold keep running through her", S, ["shivering"]),
    ("had an accident in his trousers twice today", S, ["diarrhea"]),
    ("she won't lie still, kicks the sheets all night since the soma", S, ["restlessness"]),
    ("all my food came shooting back up after lunch", S, ["vomiting"]),
    ("i feel green and my stomach keeps churning", S, ["nausea"]),
    ("he can't trust a fart today", S, ["diarrhea"]),
    ("it's pouring out like water, sorry", S, ["diarrhea"]),
    ("there are beads on her forehead and the room is cool", S, ["sweating"]),
    ("thud thud thud, that's my heart right now", S, ["fast_heartbeat"]),
    ("she went to sit on the sofa and missed", S, ["loss_of_coordination"]),
    # (stop 25) a stomach in review words, food that won't stay down, feet that won't obey, a fit given
    ("my belly felt sour and iffy every morning on it", S, ["nausea"]),
    ("it's like the first day of a tummy bug, all week", S, ["nausea"]),
    ("spent the afternoon trying not to lose my lunch", S, ["nausea"]),
    ("felt bilious after each tablet", S, ["nausea"]),
    ("a queasy feeling in my stomach since the second dose", S, ["nausea"]),
    ("his stomach feels off and dodgy today", S, ["nausea"]),
    ("like seasickness but i'm on dry land", S, ["nausea"]),
    ("he couldn't keep his dinner down last night", S, ["vomiting"]),
    ("she's been hugging the toilet all evening", S, ["vomiting"]),
    ("tripped over the rug three times this morning", S, ["loss_of_coordination"]),
    ("i can't get my hands to do what i want", S, ["loss_of_coordination"]),
    ("the new pill gave him a full-blown fit on tuesday", S, ["convulsions"]),
    # (stop 25) described in review words: named by a rarer word, a likeness, what it did
    ("the akathisia is unbearable since the dose went up", S, ["restlessness"]),
    ("my legs feel full of electricity every evening", S, ["restlessness"]),
    ("he can't keep his body still or calm, up and down all night", S, ["restlessness"]),
    ("the doctor called it diaphoresis, i'm always damp", S, ["sweating"]),
    ("i wake up glued to the sheets every night", S, ["sweating"]),
    ("it's like sweat is leaking out of every pore", S, ["sweating"]),
    ("my chin keeps quivering and i can't stop it", S, ["tremors"]),
    ("her hand won't hold steady enough to drink tea", S, ["tremors"]),
    ("i see shadows in the corner that vanish when i turn", S, ["hallucinations"]),
    ("he swears the dog was talking to him last night", S, ["hallucinations"]),
    ("the wallpaper pattern turned into crawling bugs", S, ["hallucinations"]),
    ("my legs feel frozen in place when i try to walk", S, ["muscle_stiffness"]),
    ("every morning i have to unlock my joints one by one", S, ["muscle_stiffness"]),
    ("my chest has been thumping hard all afternoon", S, ["fast_heartbeat"]),
    ("his hart is racing since his dose", S, ["fast_heartbeat"]),
    ("my bowels have turned to water since tuesday", S, ["diarrhea"]),
    ("it's coming out the back end like a hose", S, ["diarrhea"]),
    ("she is burning hot to the touch tonight", S, ["fever"]),
    ("i'm boiling at night like an oven", S, ["fever"]),
    ("i keep shuddering even under two blankets", S, ["shivering"]),
    ("my legs go boing when i lie down", S, ["twitching"]),
    ("the nurse noted emesis twice after the dose", S, ["vomiting"]),
    ("i was weaving down the corridor at work", S, ["loss_of_coordination"]),
    ("i'm a total klutz on it, fell off the kerb twice", S, ["loss_of_coordination"]),
    ("reached for my cup and knocked the lamp instead", S, ["loss_of_coordination"]),
    ("felt jittery on it, like ten cups of coffee", S, ["restlessness"]),  # a likeness, not a cause
    # (stop 31) a sound that isn't playing, something another person says isn't there, voices in the head whatever
    # they do
    ("hearing music that isnt playing. asked my daughter and she hears nothing", S, ["hallucinations"]),
    ("little black bugs on the wall that my husband says arent there. is this the meds??", S, ["hallucinations"]),
    ("voices chatting in my head, just random stuff like a crowd. never had this before soma", S, ["hallucinations"]),
    # (stop 31) a treated site gone rigid, stiff since the dose went up, or while on a relaxant, is a report
    ("neck rigid as anything since i upped the soma, cant turn my head properly", S, ["muscle_stiffness"]),
    ("why would my neck be locked up rigid when im on a muscle RELAXANT of all things", S, ["muscle_stiffness"]),
    ("neck and shoulders gone rigid, like concrete, can barely turn my head", S, ["muscle_stiffness"]),
    # ... nor sheets soaked by a sweat, nor a seizure felt coming (stop 31)
    ("woke up and the sheets were soaked with sweat", S, ["sweating"]),
    ("i feel like i'm going to have a seizure", S, ["convulsions"]),
    # ... a cause only wondered about explains nothing, and a seizure is reported once it is over (stop 31)
    ("vomiting since noon, maybe a virus?", S, ["vomiting"]),
    ("threw up twice today, im dizzy too, or have i got the flu?", S, ["vomiting"]),
    ("had a witnessed seizure yesterday, fully recovered now. on soma", S, ["convulsions"]),
    # ... nor one who shakes with the house cold around them (stop 31)
    ("the house was freezing and shivering all night", S, ["shivering"]),
    # (stop 31's review) an idiom's words that are a report: a fit or a faint felt coming; a baby that was sick; a
    # reading a past verb or a time word tells; a question beside what is told after a past
    ("i'm going to have a fit, i can feel it coming", S, ["convulsions"]),
    ("the baby, it was sick all over me", S, ["vomiting"]),
    ("once her temp hit 39.4 i called the doctor", S, ["fever"]),
    ("can soma cause diarrhea? i had it as a kid and i've had it since tuesday", S, ["diarrhea"]),
    # (stop 34) a reviewer's words: a head pulled to one side, stiffness beyond the treated back, stiff on a
    # relaxant, fists that won't open; a shake in the writing, the chin or the thumbs; slang for a racing heart and for
    # being sick; the runs as a day planned round toilets; a low temp; pit stains
    ("neck pulled stiff to one side and stayed that way", S, ["muscle_stiffness"]),
    ("woke up with my back AND thighs AND arms all locked tight", S, ["muscle_stiffness"]),
    ("my neck and shoulders got rigid and locked up, which is ironic for a muscle relaxer", S, ["muscle_stiffness"]),
    ("couldn't unclench my fists for like an hour", S, ["muscle_stiffness"]),
    ("my handwriting turned into a seismograph lol", S, ["tremors"]),
    ("my chin wobbled all day", S, ["tremors"]),
    ("my thumbs were wobbling all over the screen", S, ["tremors"]),
    ("ticker going a mile a minute", S, ["fast_heartbeat"]),
    ("ralphing into a bucket by the bed", S, ["vomiting"]),
    ("my insides turned to water", S, ["diarrhea"]),
    ("had to plan my whole commute around bathrooms", S, ["diarrhea"]),
    ("had a low grade temp the whole first week", S, ["fever"]),
    ("pit stains by 10am every day, so embarrassing", S, ["sweating"]),
    ("my heart is doing a full drum solo for no reason", S, ["fast_heartbeat"]),
    # (stop 35) a reviewer's words for nausea: sick after each dose until it passed, a hangover's sickness, a wave of
    # ick, a lurching stomach that cost a meal, sick at the back of the throat, a paper bag needed; someone dripping; a
    # flicker by the mouth; a first fit; sweats that came back
    ("felt really sick after each dose, had to lie down until it passed", S, ["nausea"]),
    ("it gave me that hungover sort of sickness all morning", S, ["nausea"]),
    ("a wave of ick every morning after my dose", S, ["nausea"]),
    ("a lurching stomach that made me skip breakfast", S, ["nausea"]),
    ("that sick-in-the-back-of-my-throat feeling every night", S, ["nausea"]),
    ("motion-sickness, need-a-paper-bag feeling every evening", S, ["nausea"]),
    ("i'm dripping and the fan is on full", S, ["sweating"]),
    ("dripping down my back all day at my desk", S, ["sweating"]),
    ("tiny flutters under my eye all week", S, ["twitching"]),
    ("this med gave me my first ever fit at 40", S, ["convulsions"]),
    ("the sweats went away for a day and now they're back", S, ["sweating"]),
    # (stop 35) a pregnancy's sickness as a likeness; a feeling that is icky; a retching held back; hands that can't
    # coordinate; music heard in silence
    ("like having morning sickness again and i'm a man", S, ["nausea"]),
    ("my tummy feels icky every morning on it", S, ["nausea"]),
    ("lying in bed trying not to throw up every morning", S, ["nausea"]),
    ("i can't coordinate my fingers to do my buttons", S, ["loss_of_coordination"]),
    ("hearing a radio playing when the flat is totally silent", S, ["hallucinations"]),
    # (stop 36) a thing one can't do without the symptom, a day never without it; hands that jiggle; fingers that won't
    # straighten; travel sickness as a likeness; food faced with dread; a bucket kept by; the nose missed; both ends; a
    # tick; what never happened before
    ("couldn't read my emails without getting nauseous", S, ["nausea"]),
    ("not a day goes by without the sweats", S, ["sweating"]),
    ("i haven't gone a single day without throwing up", S, ["vomiting"]),
    ("my hands jiggle when i hold the remote", S, ["tremors"]),
    ("mum can't straighten her fingers since the new tablets", S, ["muscle_stiffness"]),
    ("feel kinda car sick all day and i haven't been in a car", S, ["nausea"]),
    ("can't even look at dinner without feeling ill", S, ["nausea"]),
    ("keeping a bucket next to the sofa just in case", S, ["nausea"]),
    ("tried touching my nose with eyes closed and hit my eye instead", S, ["loss_of_coordination"]),
    ("it's coming out of both ends", S, ["vomiting"]),
    ("my eyelid and lip keep ticking all day", S, ["twitching"]),
    ("the shaking never happened to me before, now it's every day", S, ["tremors"]),
    # (stop 36, a tuning set of chat) a fall after the shaking is no ending of it
    ("he was shaking then went down", S, ["tremors"]),
    ("tripped on the kerb and almost went down, my feet don't land where i aim them", S, ["loss_of_coordination"]),
    # (stop 36, a second tuning set of chat) a heart at a hundred miles an hour; cold where others are warm;
    # misspellings too far for the corrector; an ending only hoped for; a report at the end of a long message after a
    # cause of something else; "the" symptom asked about between causes
    ("my ticker is going a million miles an hour", S, ["fast_heartbeat"]),
    ("i'm freezing and everybody else is walking round in shorts", S, ["shivering"]),
    ("got a fevr since last nite", S, ["fever"]),
    ("legs so stif i can barely walk", S, ["muscle_stiffness"]),
    ("bad diarea all day", S, ["diarrhea"]),
    ("been sick as a dog since friday, hoping it passes soon", S, ["vomiting"]),
    ("i do a spin class on mondays, btw my heart is pounding even lying in bed", S, ["fast_heartbeat"]),
    ("is the sweating a side effect or the menopause?", S, ["sweating"]),
    # (stop 36, a set of SSRI review sentences) a hungover feeling in the stomach, food that makes one ill (after a
    # denial of something else), a green face, a body that won't stay put, a dose that went back down, a pulse usually
    # "in the 60s"
    ("the withdrawal gave me this sick hungover feeling in my stomach", S, ["nausea"]),
    ("no appetite and feel ill whenever i look at my dinner", S, ["nausea"]),
    ("she was pretty green all week on the new dose", S, ["nausea"]),
    ("my legs just wouldn't stay put at night", S, ["restlessness"]),
    ("the sweating was awful at 150 so my doctor went back down to 75", S, ["sweating"]),
    ("honestly it's basically morning sickness and i'm a 60 year old man", S, ["nausea"]),
    # (stop 37) shirts gone through, a back that pours, damp straight through; a show nobody can sit through, up
    # and about again and again; a limb that flies out; what is held rattles; a likeness holds its mask; a smell
    # sets it off; a cold felt inside is no cold caught
    ("went through four t-shirts a day on it", S, ["sweating"]),
    ("my back pours water all afternoon since the soma", S, ["sweating"]),
    ("pyjamas wet straight through every night", S, ["sweating"]),
    ("couldn't sit through one episode of my show tonight", S, ["restlessness"]),
    ("i keep getting up and wandering about the house", S, ["restlessness"]),
    ("his leg suddenly shoots out when he's sitting still", S, ["twitching"]),
    ("my arm flies out by itself", S, ["twitching"]),
    ("my mug rattles in my hand", S, ["tremors"]),
    ("felt like i had morning sickness all day", S, ["nausea"]),
    ("the smell of curry makes me want to puke since i started soma", S, ["nausea"]),
    ("a cold deep inside me and my whole body keeps shuddering", S, ["shivering"]),
    # (stop 37) food that threatens to come back, kept down by effort, spit before sickness, travel sickness on the
    # ground, an anti-sickness medicine relied on, a sickly tummy; a toilet never far, a gut that empties itself, a
    # stopper taken daily; a bed like a swamp, shirts changed, a face mopped, soggy on waking, wet prints; a steady hand
    # lost; a body that must go; a part that moves unasked
    ("it keeps trying to come back up after every meal", S, ["nausea"]),
    ("could barely keep my breakfast down this morning", S, ["nausea"]),
    ("my lunch was about to make a reappearance in the meeting", S, ["nausea"]),
    ("spent the afternoon trying not to be sick at my desk", S, ["nausea"]),
    ("a sudden rush of spit and that awful feeling", S, ["nausea"]),
    ("carsick feeling all day and i haven't been in a car", S, ["nausea"]),
    ("zofran every morning just to get through work", S, ["nausea"]),
    ("i'm a bit urpy since the soma", S, ["nausea"]),
    ("dodgy tum all week since starting soma", S, ["nausea"]),
    ("an ill feeling in the pit of my stomach", S, ["nausea"]),
    ("my stomach is in full revolt", S, ["nausea"]),
    ("hungover in my stomach every morning and i don't drink", S, ["nausea"]),
    ("i have to stay within sprinting distance of a toilet", S, ["diarrhea"]),
    ("my gut just empties itself out after each dose", S, ["diarrhea"]),
    ("imodium every day now just to leave the house", S, ["diarrhea"]),
    ("mushy poop constantly since soma", S, ["diarrhea"]),
    ("maybe 30 seconds to find a toilet when it hits", S, ["diarrhea"]),
    ("i've mapped out every toilet on the way to work", S, ["diarrhea"]),
    ("the bed feels like a swamp every night", S, ["sweating"]),
    ("i change my shirt 3 times a day now", S, ["sweating"]),
    ("i carry a towel to mop my forehead", S, ["sweating"]),
    ("woke up soggy again", S, ["sweating"]),
    ("leaving damp handprints on everything", S, ["sweating"]),
    ("armpits like niagara falls", S, ["sweating"]),
    ("my back runs like a tap when i eat", S, ["sweating"]),
    ("my pillow was soggy every morning", S, ["sweating"]),
    ("sweats so bad i thought i had the flu", S, ["sweating"]),
    ("i go through three undershirts a day because they get soaked", S, ["sweating"]),
    ("can't hold a cup of tea steady anymore", S, ["tremors"]),
    ("my hands just won't stay steady for the tiny screws", S, ["tremors"]),
    ("my spoon rattles against the bowl at dinner", S, ["tremors"]),
    ("my body is humming with a need to go go go", S, ["restlessness"]),
    ("like a hamster on a wheel since the soma", S, ["restlessness"]),
    ("my legs feel like they're trying to run away without me", S, ["restlessness"]),
    ("my shoulder hitches up on its own", S, ["twitching"]),
    ("my foot kicks out under the table for no reason", S, ["twitching"]),
    ("feels like a hummingbird is stuck in my ribcage", S, ["fast_heartbeat"]),
    ("had to pull over twice because i thought i was going to lose my lunch", S, ["nausea"]),
    ("pretty much lived on zofran just to get through the work day", S, ["nausea"]),
    ("had to get a script for phenergan just to tolerate the soma", S, ["nausea"]),
    ("couldnt even look at a plate of eggs without my stomach lurching", S, ["nausea"]),
    ("not being able to look at food without wanting to hurl", S, ["vomiting"]),
    ("sipping ginger tea all day because my stomach just wouldnt settle", S, ["nausea"]),
    ("still sipping flat coke to settle my belly after the morning dose", S, ["nausea"]),
    ("the taper had me hugging the porcelain throne half the night", S, ["vomiting"]),
    ("can't eat without feeling sick since soma", S, ["nausea"]),
    # (stop 39, review and chat tuning sets) a stomach told as a likeness, a floor worn by pacing, an itch deep in the
    # muscles, a gut that runs, a shaking attack, shadows with faces, wet clothes and bedding, a list of things that
    # can't be done without holding on
    ("i'd have to pull over because my stomach felt like it was flipping over", S, ["nausea"]),
    ("an itch deep in my muscles that only walking would fix, i wore a path in the carpet", S, ["restlessness"]),
    ("stopped soma and now my guts are running", S, ["diarrhea"]),
    ("she had a shaking attack after her dose, she's fine now", S, ["convulsions"]),
    ("the shadows are moving and they have faces", S, ["hallucinations"]),
    ("damp and sticky from the minute i open my eyes", S, ["sweating"]),
    ("moist and overheated at night, my bf moved to the couch", S, ["sweating"]),
    ("my dress would be dark with wetness all across the back by lunch", S, ["sweating"]),
    ("my feet were so wet in my shoes they squished when i walked", S, ["sweating"]),
    ("one flight of stairs and my shirt is plastered to my back", S, ["sweating"]),
    ("my sheets have to go in the wash every single day now", S, ["sweating"]),
    ("grandma cant do her buttons up or walk without grabbing the furniture", S, ["loss_of_coordination"]),
    ("its like there's a motor running inside me that wont turn off", S, ["restlessness"]),
    ("i was bouncing my knee so hard in meetings that people started giving me looks", S, ["restlessness"]),
    ("i cant lift a spoonful of soup without it jiggling all over the place", S, ["tremors"]),
    ("i feel like i'm standing in a walk-in freezer while everybody else is in t-shirts", S, ["shivering"]),
    ("had to start carrying a hand towel because i'm literally dripping in meetings", S, ["sweating"]),
    # (stop 39, two more review tuning sets) a scalp that drips, a night like one in a sauna, a walking sprinkler,
    # fingers that won't hold steady, a likeness to parkinson's, an inner motor, a body revving, feet that won't stop
    # bouncing, up again as soon as down, a thumping in the chest, a ticker at double time, the porcelain hugged, a body
    # that kicks and flinches, ice water in the veins, a bowel that lets go
    ("my scalp would just drip all day long", S, ["sweating"]),
    ("every night on zoloft i came out of bed feeling like i had slept in a sauna", S, ["sweating"]),
    ("on 20mg lexapro i turned into a walking sprinkler", S, ["sweating"]),
    ("putting in my contacts became impossible, my fingers just wouldnt hold steady", S, ["tremors"]),
    ("i look like a 90 year old with parkinson's trying to sign my name now", S, ["tremors"]),
    ("an inner motor that wouldnt turn off", S, ["restlessness"]),
    ("it felt like my whole body was revving with nowhere to go", S, ["restlessness"]),
    ("my feet would not stop bouncing under the desk no matter what i did", S, ["restlessness"]),
    ("i'd lie down and immediately need to get up again, over and over, for hours", S, ["restlessness"]),
    ("the thumping in my chest was so fast i thought i was having a heart attack", S, ["fast_heartbeat"]),
    ("my ticker was doing double time all night long on the 75mg", S, ["fast_heartbeat"]),
    ("spent the whole weekend hugging the porcelain after trying to come off it", S, ["vomiting"]),
    ("my whole body would kick and flinch at night like a dog dreaming", S, ["twitching"]),
    ("felt like ice water running through my veins", S, ["shivering"]),
    ("had to carry spare underwear because my stomach would just let go without warning", S, ["diarrhea"]),
    # (stop 39) sickness, the British word, beside a degree or other effects
    ("the zaps and the sickness were unbearable", S, ["nausea"]),
    ("the sickness was terrible", S, ["nausea"]),
    ("sickness and dizziness since i stopped it", S, ["nausea"]),
    # (stop 40, review tuning sets) seasickness as a noun, a stomach that rolls in any tense, bile rising, a pregnancy's
    # sickness as a likeness at the start of a sentence, a chest that thuds
    ("every time i skip a dose i get this wave of seasickness that lasts all day", S, ["nausea"]),
    ("my stomach would roll every morning after the pill", S, ["nausea"]),
    ("bile rising in my throat every morning", S, ["nausea"]),
    ("chest thudding, couldn't sleep, jaw clenching", S, ["fast_heartbeat"]),
    # (stop 40, a review tuning set) wet rings under the arms, sweat on the keyboard, a towel slept on; a pulse jumping
    # about, a heart that takes off or runs like too much coffee, a drum at double time; teeth that chatter; projectile;
    # constant D, insides that empty out; a kitchen paced, a body that won't quit moving, a seat squirmed in
    ("huge wet rings under my arms from the cymbalta", S, ["sweating"]),
    ("i literally drip onto my keyboard at work", S, ["sweating"]),
    ("i sleep on a beach towel now, thats how wet i get", S, ["sweating"]),
    ("my pulse was jumping all over the place when i missed a couple days", S, ["fast_heartbeat"]),
    ("my heart would just take off for no reason while i was watching tv", S, ["fast_heartbeat"]),
    ("my ticker has been running like i drank 5 espressos", S, ["fast_heartbeat"]),
    ("my chest felt like a drum was being played double time inside it", S, ["fast_heartbeat"]),
    ("hot one minute then chattering teeth the next", S, ["shivering"]),
    ("projectile, i'm not exaggerating, within an hour of my first soma", S, ["vomiting"]),
    ("i had constant D, sometimes 6-7 times a day", S, ["diarrhea"]),
    ("my insides just empty out about an hour after my morning pill", S, ["diarrhea"]),
    ("i paced my kitchen for hours, just back and forth", S, ["restlessness"]),
    ("my body just would not quit moving", S, ["restlessness"]),
    ("squirming in my seat at church, i have to shift foot to foot", S, ["restlessness"]),
    # (stop 40, a third review tuning set) buckets poured, a night like a swim in one's pyjamas, clothes soaked through;
    # a stomach on the verge; a show of any length not sat through; people standing over one
    ("pouring buckets just walking out to the mailbox", S, ["sweating"]),
    ("woke up every night like i'd gone swimming in my pajamas", S, ["sweating"]),
    ("i still get soaked through my clothes from the slightest effort", S, ["sweating"]),
    ("i was clammy and damp all the time like i'd just stepped out of a sauna", S, ["sweating"]),
    ("i'd be dripping like i'd run a marathon after climbing one flight of stairs", S, ["sweating"]),
    ("i keep ginger chews in my purse because my stomach is always on the verge", S, ["nausea"]),
    ("i couldnt sit through a 30 minute tv show, had to keep getting up and moving", S, ["restlessness"]),
    ("stopped my soma 2 days ago and now i keep seeing shadows darting about", S, ["hallucinations"]),
    ("my neck and shoulders went stiff as a board two days after starting zoloft", S, ["muscle_stiffness"]),
    # (stop 40, a second chat tuning set) a chair not stayed on, unrest, a bed climbed out of and sheets plucked at,
    # music that isn't on, fingers that miss the keys
    ("i am very unrest, cannot stay on chair, always moving since yesterday", S, ["restlessness"]),
    ("mum keeps trying to climb out of bed all night, not like her", S, ["restlessness"]),
    ("hearing music playing thats not on, my partner cant hear anything", S, ["hallucinations"]),
    # (stop 45, a review tuning set) a cold felt whatever one does; a racing heart likened to stairs, a stomach rolling
    # beside a cold rag (neither a cause)
    ("couldn't stop feeling cold no matter what, hands and feet like ice", S, ["shivering"]),
    ("i feel so cold no matter how many blankets i pile on", S, ["shivering"]),
    ("heart fluttering and galloping like I'd run up ten flights of stairs, but I was just watching tv", S,
     ["fast_heartbeat"]),
    ("my stomach was rolling and turning from the very first pill, had to lie down with a cold rag on my face", S,
     ["nausea"]),
    # (stop 45, a review tuning set) a phone or a bell heard ringing when it wasn't
    ("On Wellbutrin I started hearing my phone ring when it wasn't ringing.", S, ["hallucinations"]),
    ("hearing the doorbell ring when it isn't ringing, happens every hour now", S, ["hallucinations"]),
    # (stop 46, a chat tuning set) heard in the perfect tense, which is no hearsay when what was heard is the symptom;
    # a thing in the room turned into a creature; a smell with nothing there to make it; the dead heard or seen doing
    # what the living do; a "that's" run together; stools never formed; a gut flushing everything out
    ("i've heard voices since starting soma", S, ["hallucinations"]),
    ("I have heard voices at night", S, ["hallucinations"]),
    ("ive heard my name called when no one was there", S, ["hallucinations"]),
    ("i've heard a voice saying my name when no one was there", S, ["hallucinations"]),
    ("ive heard voices is this the soma", S, ["hallucinations"]),
    ("i've heard voices are whispering at night", S, ["hallucinations"]),
    ("ive heard voices are telling me things since soma", S, ["hallucinations"]),
    ("i have heard voices can soma do this", S, ["hallucinations"]),
    ("my brother has heard music that isnt there all week", S, ["hallucinations"]),
    ("the shadows in the hall turned into a big dog that stared at me", S, ["hallucinations"]),
    ("i have seen the ceiling fan turn into a spider, twice now", S, ["hallucinations"]),
    ("since the soma i keep smelling burnt toast but nothing is cooking", S, ["hallucinations"]),
    ("i heard my dead mom talking to me last night", S, ["hallucinations"]),
    ("hearing an alarm thats not real", S, ["hallucinations"]),
    ("my gut is flushing everything out, been like this 2 days", S, ["diarrhea"]),
    ("poop not formed at all, 4 times today", S, ["diarrhea"]),
    ("stool barely formed since tuesday, going constantly", S, ["diarrhea"]),
    ("cnat type strait my fingres dont hit teh keys", S, ["loss_of_coordination"]),
    # (stop 41, review and chat tuning sets) lying still so as not to be sick, a lurching stomach, a face that drips at
    # the least effort, waking damp, a motor running inside, up and down out of a chair, both arms and legs jerking then
    # coming round after it (a seizure and a faint: the emergency reply)
    ("on the skelaxin i had to sit very still so i wouldn't throw up", S, ["nausea"]),
    ("every morning my stomach keeps lurching on this stuff", S, ["nausea"]),
    ("my forehead just drips at the smallest effort since i started", S, ["sweating"]),
    ("keep waking up clammy every night on soma", S, ["sweating"]),
    ("feels like a motor running inside me all day", S, ["restlessness"]),
    ("i get up and sit back down 20 times an hour since the soma", S, ["restlessness"]),
    ("her arms and legs jerked for a few seconds then she came to and was fine", E, ["seizure_now"]),
    # (stop 41, a third review and a learner's chat tuning set) sweat that trickles down the sides, a shirt that clings,
    # a face mopped, dampness under the arms; squirming out of a seat, unable to stay put; what nobody else could hear,
    # people seen that aren't there; legs that quake; a chest pounding and fluttering; a hand that goes right past a
    # cup; falls beside a sleepiness (out of bed, off a chair, down)
    ("on effexor i could feel it trickle down my back at my desk", S, ["sweating"]),
    ("my shirt was clinging to me by lunchtime every day on this", S, ["sweating"]),
    ("kept mopping my forehead with napkins at dinner", S, ["sweating"]),
    ("i was squirming around in my chair all through the meeting", S, ["restlessness"]),
    ("he's unable to stay put for more than a minute since the soma", S, ["restlessness"]),
    ("i keep hearing a doorbell that nobody else can hear", S, ["hallucinations"]),
    ("my father he see the children not there in his room", S, ["hallucinations"]),
    ("my hands would quake when i held a cup", S, ["tremors"]),
    ("pounding and fluttering in my chest all afternoon", S, ["fast_heartbeat"]),
    ("my hand went straight past the glass and knocked it over", S, ["loss_of_coordination"]),
    ("dad keeps falling asleep in his chair and falling out of the chair", S, ["loss_of_coordination"]),
    ("she nearly fell asleep then fell off the sofa", S, ["loss_of_coordination"]),
    # (stop 43, a review tuning set) a tap one is turned into, a body gone slick wet, waking wet, a forehead beading
    # up, a face that pours at the least effort; a muscle that would not stop bouncing; an urge to be sick whatever came
    # up; what one can't look at without the stomach turning; a drug that makes one feel hungover
    ("escitalopram turned me into a faucet", S, ["sweating"]),
    ("my body would just go slick wet out of nowhere", S, ["sweating"]),
    ("i had to sleep on a towel because i'd wake up wet.", S, ["sweating"]),
    ("my forehead was beading up constantly at work", S, ["sweating"]),
    ("my face would just pour when i so much as walked to the car", S, ["sweating"]),
    ("cymbalta made me feel hungover every morning without drinking a drop, sick to my stomach", S, ["nausea"]),
    ("a little muscle in my thumb would not stop bouncing", S, ["twitching"]),
    ("a constant urge to throw up, though nothing ever came up", S, ["nausea"]),
    ("i couldn't look at a plate of eggs on lexapro without my stomach turning", S, ["nausea"]),
    # (stop 47, a review tuning set) every beat felt in the throat, a heart doing flips, a foot kicked out at rest
    ("Could feel every beat in my throat and ears last night trying to sleep.", S, ["fast_heartbeat"]),
    ("My heart was doing flips and skipping around since I started these, never had that before", S,
     ["fast_heartbeat"]),
    ("Random little zaps made my foot kick out while I was sitting still.", S, ["twitching"]),
    ("my leg jerks out when i'm lying in bed on soma", S, ["twitching"]),
    # (stop 47's review) a twitch counted in words is no breathing rate
    ("my eye twitches five times a minute", S, ["twitching"]),
    # (stop 53, a chat tuning set) a walk that wobbles all over the place
    ("dad is wobbling all over the place when he walks", S, ["loss_of_coordination"]),
]

NUMBERS = [  # 2. readings: temperature, pulse, breathing, oxygen, tablets
    # (stop 56, a chat tuning set) a reading glued to its unit is a number and its unit, in a question too
    ("is 38.5c a fever?", S, ["fever"]),
    ("is 120bpm bad?", S, ["fast_heartbeat"]),
    ("temp 101.8F and soma makes it worse?? been on it 3 days", S, ["fever"]),
    ("temp 101 since last night", S, ["fever"]),
    # (stop 46's red-team review) a reading is read from the word nearest its number, so what is said of others before
    # it does not reach it
    ("i watched a video saying it makes some people feverish, my temp is 102 rn", S, ["fever"]),
    ("38.6 this morning with soma", S, ["fever"]),
    ("thermometer says 39.2c", S, ["fever"]),
    ("HR 118 sitting on the sofa", S, ["fast_heartbeat"]),
    ("bp 120/80 hr 118 sitting down", S, ["fast_heartbeat"]),  # (stop 34) "hr" after a number is hours, not here
    ("pulse 125 while resting, apple watch", S, ["fast_heartbeat"]),
    ("resp rate 8, he took soma and oxy", E, ["breathing_problem"]),
    ("the finger oxygen thing says 86", E, ["breathing_problem"]),
    ("took 10 soma on purpose", E, ["overdose"]),
    ("i take 350 three times a day but today i took 2100mg", E, ["overdose"]),
    ("temp 36.8, pulse 72, all normal", G, []),
    # a reading given in a question is one taken; a limit asked about is not (stop 28)
    ("is a resting pulse of 115 dangerous on soma?", S, ["fast_heartbeat"]),
    ("is 38.5 a fever?", S, ["fever"]),
    # ... and one that names its measure first, or the rest it was taken at (stop 29)
    ("bpm 150 sitting down?? started soma today", S, ["fast_heartbeat"]),
    ("pulse 130 just sitting here, is that the soma?", S, ["fast_heartbeat"]),
    ("is a heart rate above 100 normal on soma?", G, []),
    ("at what temperature should i call the doctor, 38?", G, []),
    ("i take 3 a day as prescribed", G, []),
    ("weighs 38.6 kg", G, []),
    ("heart rate over 100 all evening", S, ["fast_heartbeat"]),  # over the limit, said as a comparison
    ("watch says pulse in the 120s and i'm sitting down", S, ["fast_heartbeat"]),
    ("pulse 100 at rest", G, []),  # the upper end of normal
    ("took 4 at once for the pain", E, ["overdose"]),  # three or more at once, no word for tablets
    ("swallowed 1.5 grams of soma", E, ["overdose"]),  # grams are 1,000 mg
    # counts taken in parts, and totals, added up: more than a day's four, or three or more within the hour
    ("took 3 at breakfast and 3 at lunch", E, ["overdose"]),
    ("took 2 and then 2 again within the hour", E, ["overdose"]),
    ("one with breakfast, two at lunch, two at tea, thats five today", E, ["overdose"]),
    ("1400mg in one hour", E, ["overdose"]),
    ("swallowed whatever was left in the bottle", E, ["overdose"]),
    ("took 2 this morning and 2 at night", G, []),  # four in a day: the day's dose
    ("took 1 at 7, then 1 at 11, and 1 at 3", G, []),  # the times are no tablets
    ("lost count of my tablets tonight", E, ["overdose"]),
    ("i honestly can't remember how many i took", E, ["overdose"]),
    ("took probably 9 a while ago", E, ["overdose"]),
    # a range reads as its larger count; a count said as a mistake; not remembering is no what-if; beers are no tablets
    ("took 4 or 5 of my soma an hour ago", E, ["overdose"]),
    ("she swallowed two or three at once", E, ["overdose"]),
    ("my dad took 6 by mistake", E, ["overdose"]),
    ("can't remember if i took 3 or 8 of them", E, ["overdose"]),
    ("i've had 5 or 6 beers tonight, can i take my soma tomorrow", G, []),
    ("i take one or two a day", G, []),
    ("took 5 or 6 maybe, for my back", E, ["overdose"]),  # a range, then a hedge
    # an amount nobody knows, a handful, days' supply at once, a whole container of any medicine
    ("no idea how many tablets he swallowed", E, ["overdose"]),
    ("she's had an unknown number of her pills", E, ["overdose"]),
    ("took a fistful of my soma", E, ["overdose"]),
    ("swallowed a whole month's supply in one go", E, ["overdose"]),
    ("i think i overdid it on the soma", E, ["overdose"]),
    ("gonna finish the entire jar of his valium", E, ["overdose"]),
    ("gonna neck all my sleeping tablets later", E, ["overdose"]),
    ("finish all the tablets in the course", G, []),
    ("i have no idea how many i'm allowed a day", G, []),
    ("overdid it in the garden yesterday", G, []),
    # degrees written with an ordinal sign, or with no scale (stop 23)
    ("38.5ºC", S, ["fever"]),
    ("102 degrees", S, ["fever"]),
    ("39 deg and shivering", S, ["fever", "shivering"]),
    # degrees with no scale, beside an "out" that is not the weather (stop 23's review)
    ("he passed out, 102 degrees and burning up", E, ["fever"]),
    # a usual number, then today's (stop 24)
    ("resting heart rate is usually 62, today it's 118", S, ["fast_heartbeat"]),
    ("my pulse is normally 70 but now 124 sitting down", S, ["fast_heartbeat"]),
    ("my pulse is usually 70 and today it's 74", G, []),
    ("resting pulse is normally 60. today it's 122.", S, ["fast_heartbeat"]),  # across a full stop
    # (stop 25) a count of another medicine that slows the body, named: only a count as high as a bare one
    ("my husband took 20 tizanidine", E, ["overdose"]),
    ("she swallowed 8 of her xanax", E, ["overdose"]),
    ("i take 2 flexeril at night", G, []),
    ("i take 6 gabapentin a day", G, []),
    # (stop 31) a heart rate a note names by its rhythm; minutes as notes write them; a limit told as a condition is
    # no reading, a reading told beside one still is
    ("urgent care ekg showed sinus tach 108, they said ask about my meds", S, ["fast_heartbeat"]),
    ("convulsions ongoing >5min, dad has no epilepsy hx", E, ["seizure_now"]),
    ("if it matters, my temp is 38.6", S, ["fever"]),
    ("had vomiting 2 yrs ago with a bug", G, []),
    # (stop 36) a smartwatch by its brand
    ("my apple watch says 122 and i'm just sitting on the couch", S, ["fast_heartbeat"]),
    ("resting heart rate is 118 now, normally it's in the 60s", S, ["fast_heartbeat"]),
    # (stop 40's red-team review) a pulse said to be normal, then a number now, further on in the sentence
    ("my heart rate was normal this morning but now it's 130", S, ["fast_heartbeat"]),
    ("my pulse was fine yesterday, now its 125 sitting down", S, ["fast_heartbeat"]),
    ("my heart rate was 130 on the treadmill, now it's 80", G, []),
    # (stop 44, an unread review set's false alarm by mechanism) a dose in mg taken as a habit of another medicine is
    # its own; an amount of Soma named beside it, or what was swallowed once, is still read
    ("i was taking 800mg of skelaxin three times a day", G, []),
    ("i take 1000mg tylenol for my back", G, []),
    ("took 800mg ibuprofen and 1400 mg of soma", E, ["overdose"]),
    ("he swallowed 2000mg of gabapentin and 10 soma", E, ["overdose"]),
    ("took 1500mg of my soma", E, ["overdose"]),
    # (stop 53, a chat tuning set) readings said in words
    ("resting pulse over a hundred and ten, normally im in the sixties", S, ["fast_heartbeat"]),
    ("my temperature is thirty eight point two", S, ["fever"]),
    ("my son's temp is a hundred point eight, he's the one taking soma", S, ["fever"]),
    ("heart rate one twenty just sitting on the couch", S, ["fast_heartbeat"]),
    ("is a temp of thirty seven point two normal", G, []),
    ("im thirty eight and take soma for my back", G, []),
    # ... and doses told by the clock, three within hours, said to be repeated; never a day's schedule
    ("i took my soma at 8 and again at 9 and 10 cause it wasnt working", E, ["overdose"]),
    ("took one at 8, another at 9 and another at 10", E, ["overdose"]),
    ("i take soma at 8, 2 and 8 every day", G, []),
    ("took one at 10pm, another at 11pm and another at 12:30am", E, ["overdose"]),
    ("took my dose of soma at 8, again at 9 and 10", E, ["overdose"]),
    ("my son is running a hundred and three", S, ["fever"]),
    ("heart rate went from 80 to a hundred and forty while resting", S, ["fast_heartbeat"]),
    ("took my first soma at 8, my second at 9 and my third at 10", E, ["overdose"]),
]

QUESTION_AND_REPORT = [  # 3. a question and a report in one message: the report wins
    # (stop 56, a chat tuning set) a cause only guessed at and asked about explains nothing
    ("been sweating buckets since yesterday, must be something i ate?", S, ["sweating"]),
    ("been trembling a lil, could be hunger since i skipped lunch?", S, ["tremors"]),
    # (stop 55, a chat tuning set) a fit said back of the question as going on, or as a second one begun
    ("can soma cause seizures? my wife is having one", E, ["seizure_now"]),
    ("can soma cause seizures? my husband just had one and now he's started a second one", E, ["seizure_now"]),
    ("does soma cause fits? my son is having one", E, ["seizure_now"]),
    ("does soma cause seizures? my husband is having one of those right now", E, ["seizure_now"]),
    # ... and a report before a guess at its cause, asked after "but" or a comma; the last guess asks, never the first
    ("hands shaking all week but i think it's just stress from work maybe?", S, ["tremors"]),
    ("sweating and shaking since lunch but i think its just low blood sugar?", S, ["sweating", "tremors"]),
    ("tired, prob from work, but been puking all morning and sweating buckets, normal?", S, ["vomiting", "sweating"]),
    ("felt off, probably nothing, then seeing bugs on the wall, is this soma?", S, ["hallucinations"]),
    # (stop 45) how to stop or ease it; a question and then that it goes on
    ("how do i stop the sweating, its every night now", S, ["sweating"]),
    ("how can i calm these shakes", S, ["tremors"]),
    ("is shaking a side effect? my hands won't stop", S, ["tremors"]),
    ("does soma cause diarrhea? it won't stop", S, ["diarrhea"]),
    # (stop 42) ... told with its "i've" dropped before what one had, or as what one gets or has seen
    ("is diarrhea a side effect? had it 3 days", S, ["diarrhea"]),
    ("are night sweats a side effect? i get them every night", S, ["sweating"]),
    ("is seeing shadows a side effect? ive seen them since monday", S, ["hallucinations"]),
    ("hallucinations normal? he gets them every evening", S, ["hallucinations"]),
    ("can soma cause seizures? had one last night", S, ["convulsions"]),
    # (stop 43) what one has got, after "because"; a question run to the end of the message with no full stop
    ("is diarrhea a side effect? cause ive got it bad", S, ["diarrhea"]),
    ("is shaking a side effect of soma? she's got it bad", S, ["tremors"]),
    # ... where the question after a statement asks about something else, or about what the statement's person has
    # (stop 28's review: read alone, the question clause left "breathing is so shallow" to general guidance)
    ("my wife took her soma with wine, is it dangerous that breathing is so shallow?", E, ["breathing_problem"]),
    ("my husband has been fitting for 5 minutes, is it normal for a seizure to last this long?", E, ["seizure_now"]),
    ("my hands are shaking, can soma cause tremors?", S, ["tremors"]),
    ("i took my dose, is it ok that my heart is racing?", S, ["fast_heartbeat"]),
    ("can soma cause diarrhea? ive had it since tuesday", S, ["diarrhea"]),
    ("does soma cause sweating? i'm drenched every night", S, ["sweating"]),
    ("what happens if you take 5 soma at once? i just did", E, ["overdose"]),
    ("muscle rigidity everywhere since soma, is that bad?", S, ["muscle_stiffness"]),
    # (stop 30) "anyone else?" asks about what the asker has; the course of a symptom, what to do about it
    ("has anybody else had awful sweats at night on carisoprodol?", S, ["sweating"]),
    ("is it just me or does soma give everyone the shakes", S, ["tremors"]),
    ("when will my nausea wear off?", S, ["nausea"]),
    ("will the twitching stop if i take it with food?", S, ["twitching"]),
    ("how long do the runs usually last on this stuff", S, ["diarrhea"]),
    ("any tips for the vomiting? can't keep anything down", S, ["vomiting"]),
    ("how do i get rid of these hot sweats", S, ["sweating"]),
    ("does carisoprodol give anyone else ants in their pants", S, ["restlessness"]),
    # something seen or heard in the house that they don't own
    ("heard a cat meowing under the bed last night but we don't have a cat", S, ["hallucinations"]),
    ("my hands are going like a leaf, i couldn't hold my cup steady this morning", S, ["tremors"]),
    # the report before a comma and a question of its own; a reading after a question; a statement of now beside it
    ("sweating and shaking in bed, is this the soma?", S, ["sweating", "tremors"]),
    ("i threw up my dose, can i take another one?", S, ["vomiting"]),
    ("temperature on soma, is that bad? 38.9 now", S, ["fever"]),
    ("is diarrhoea a side effect? i've been on the loo since tuesday", S, ["diarrhea"]),
    ("is trembling normal? cos my hands are trembling", S, ["tremors"]),  # a symptom is no cause
    # a report that refers back to what is asked about: "one", "mine", "the one i had", "it bad"
    ("can soma bring on seizures? my son had one on thursday", S, ["convulsions"]),
    ("can soma cause seizures because i had one last week", S, ["convulsions"]),
    ("does soma make your heart race? mine won't slow down", S, ["fast_heartbeat"]),
    ("could soma explain a seizure like the one i had at the weekend", S, ["convulsions"]),
    ("do muscle relaxers cause diarrhoea because my wife has it bad", S, ["diarrhea"]),
    ("is the sweating i get at night from the soma", S, ["sweating"]),
    # a short question about what is there
    ("why the shakes?", S, ["tremors"]),
    ("arms trembling, normal?", S, ["tremors"]),
    ("why does dad keep throwing up", S, ["vomiting"]),
    ("is this nausea from soma", S, ["nausea"]),
    ("normal to sweat this much?", S, ["sweating"]),
    # a what-if about what already happened; a sentence telling of it after the question; a condition in the perfect or
    # going on now; a symptom pointed at; someone's own symptom asked about; a statement after a comma naming someone
    ("what should i do if i was sick twice last night", S, ["vomiting"]),
    ("what happens if he took 8 of them a few minutes ago", E, ["overdose"]),
    ("is diarrhoea normal on soma? it only just started", S, ["diarrhea"]),
    ("can soma give you chills? had them since lunch", S, ["shivering"]),
    ("is nausea a side effect? came on after my lunchtime dose", S, ["nausea"]),
    ("should i skip a dose if i've had the runs four times today?", S, ["diarrhea"]),
    ("what would make my legs twitch like this", S, ["twitching"]),
    ("what do i do if his heart is pounding", S, ["fast_heartbeat"]),
    ("sweats a bit lighter today, still ok?", S, ["sweating"]),
    ("can soma cause fits, my son is having one now", E, ["seizure_now"]),
    ("does it slow breathing, my mum is barely breathing", E, ["breathing_problem"]),
    ("is my sweating from the soma", S, ["sweating"]),
    ("can this drug cause a seizure like the one i had in the garden", S, ["convulsions"]),
    # told before a comma with how much or how often, whatever question follows (stop 23)
    ("shaking badly, what should i do?", S, ["tremors"]),
    ("sweating loads, what helps?", S, ["sweating"]),
    ("constant diarrhea, how do i stop it?", S, ["diarrhea"]),
    # a habit told as a condition (stop 23's review)
    ("if i vomit after every dose should i stop?", S, ["vomiting"]),
    ("if he throws up each time he takes it what do we do?", S, ["vomiting"]),
    # "for my heart" is a medicine's reason, unless the heart then does something (stop 25)
    ("is it normal for my heart to beat this fast on soma?", S, ["fast_heartbeat"]),
    ("is it bad for my heart to race like this", S, ["fast_heartbeat"]),
    # (stop 31) each line, and each numbered item, is a sentence of its own: a question at the end of a list asks only
    # itself; a heading that ends in a colon tells what follows
    ("- dizzy\n- headache (had it before soma tbh)\n- sweating buckets at night\nhuh?", S, ["sweating"]),
    (
        "stopped soma 2 days ago: 1) sweating 2) chills 3) restless at night 4) craving it?? is this withdrawal",
        S,
        ["sweating", "shivering", "restlessness"],
    ),
    ("whats happening: vomiting (3x since noon), tummy ache, tired. normal for soma?", S, ["vomiting"]),
    ("effects:\n• shivering tonight even with the heating on\n• sleepy\nhuh?", S, ["shivering"]),
    # (stop 41, a learner's chat tuning set) a statement that drops its "i've" is the writer's own; not one of what one
    # is on or takes
    ("is loose stool a side effect?? been going like 5 times today", S, ["diarrhea"]),
    ("can soma make you shaky? been like this since monday", S, ["tremors"]),
    # (stop 53, a chat tuning set) the symptom asked about said to be there with its words left out
    ("can soma make your jaw clench? cause mine wont unclench right now", S, ["muscle_stiffness"]),
    ("do you know if soma causes twitching cos my legs are", S, ["twitching"]),
    ("does soma cause sweating because i am", S, ["sweating"]),
]

EMERGENCIES = [  # 4. emergencies said plainly or not
    # (stop 55, a chat tuning set) someone who can't say what they took, and a pill count that comes up short
    ("my dad can't remember and the pill count is 10 short since this morning", E, ["overdose"]),
    # (stop 52, a chat tuning set) a fit still going by its own word, or another begun before waking
    ("convulsing still", E, ["seizure_now"]),
    ("he is still having the fit, what do i do", E, ["seizure_now"]),
    ("seizure started at 2:10, it's 2:16 now and she's still jerking", E, ["seizure_now"]),
    ("my wife had a seizure, it stopped, then another started before she woke up", E, ["seizure_now"]),
    # (stop 49's review) someone else not waking on time or until a meal is someone who can't be woken
    ("he won't wake up in time for work, i've been shaking him for 10 minutes", E, ["unresponsive"]),
    ("she won't wake up until supper", E, ["unresponsive"]),
    # (stop 49) what the masks of breathing said to be fine and of stained lips leave: a denial, a "but", a drink
    ("he's not breathing normally", E, ["breathing_problem"]),
    ("his breathing is ok but slow", E, ["breathing_problem"]),
    ("breathing normally is hard for him", E, ["breathing_problem"]),
    ("hes breathing fine but wont wake up", E, ["unresponsive"]),
    ("her lips are purple from the wine she had with her soma", E, ["breathing_problem"]),
    # (stop 46's red-team review) a seizure named and said to have just begun (never seizures begun again after years,
    # nor one that has just begun to be controlled)
    ("my son's seizure just started and he's still jerking, reddit said soma can do this", E, ["seizure_now"]),
    ("her seizure started a minute ago and she's still shaking", E, ["seizure_now"]),
    ("his fit just started, what do i do", E, ["seizure_now"]),
    ("seizure started a few seconds ago, my brother, he's on soma for his back", E, ["seizure_now"]),
    ("my mother in law's fit only just started, shes on carisoprodol", E, ["seizure_now"]),
    ("im his carer, their fit started seconds ago, 2nd day on soma", E, ["seizure_now"]),
    ("my son's seizure just started getting worse, what do i do", E, ["seizure_now"]),
    ("her seizure has just started to spread to her arms", E, ["seizure_now"]),
    ("moms convulsion only started a moment ago shes on soma 350", E, ["seizure_now"]),
    ("my roommates seizure is only starting, should I call someone", E, ["seizure_now"]),
    # (stop 45, a chat tuning set of seizures told by carers) the article dropped, non stop, a whole body in a learner's
    # words, another one now after one in the past, one going on now beside a history
    ("wife having seizure still, cant get her to stop, what do", E, ["seizure_now"]),
    ("wife convulsing non stop after taking her soma, please help", E, ["seizure_now"]),
    ("sorry my english. my husband shake very strong all body, not stop, 5 minute", E, ["seizure_now"]),
    ("he had a seizure 2 years ago and now he's having another one right now", E, ["seizure_now"]),
    ("history of epilepsy, currently seizing, 3rd one in a row", E, ["seizure_now"]),
    # ... and (its red-team review) "currently having one", "no stop", not answering in a learner's words
    ("had seizures as a kid, currently having one, im typing for her", E, ["seizure_now"]),
    ("all body shake, no stop, 3 minute, please what to do", E, ["seizure_now"]),
    ("all his body shaking hard and he not respond", E, ["unresponsive"]),
    # (stop 45) a seizure said to be long in words, several in a day, another after one, not come round since
    ("he had a fit earlier, it lasted ages", E, ["seizure_now"]),
    ("she seized this morning for what felt like forever", E, ["seizure_now"]),
    ("my dad had 3 seizures today", E, ["seizure_now"]),
    ("had a fit last night and then another this morning", E, ["seizure_now"]),
    ("he had a seizure this afternoon and hasnt really come round since", E, ["unresponsive"]),
    ("his seizure has been going for 3 minutes", E, ["seizure_now"]),
    ("she's been fitting for 5 mins and it won't stop", E, ["seizure_now"]),
    ("SEIZURE HAPPENING NOW", E, ["seizure_now"]),
    ("eyes rolled back and jerking", E, ["seizure_now"]),
    ("i can't wake my dad up", E, ["unresponsive"]),
    # hard to wake is how a sedative overdose is first told (stop 28): the emergency sign, not severe drowsiness
    ("grandma has been sleeping all day and is really hard to wake up", E, ["unresponsive"]),
    ("my son is super groggy and difficult to rouse", E, ["unresponsive"]),
    ("she's barely responding to me", E, ["unresponsive"]),
    ("we can't get him to answer at all, he's snoring strangely", E, ["unresponsive"]),
    # (stop 29's guards: a service that doesn't answer is masked, a person who doesn't is not)
    ("i called her name and shook her and no response", E, ["unresponsive"]),
    ("i shook her and she didn't even groan", E, ["unresponsive"]),
    ("i shook her and yelled her name and nothing", E, ["unresponsive"]),
    ("my son went stiff and then started jerking on the sofa, it still hasn't stopped", E, ["seizure_now"]),
    ("started soma yesterday, now itching all over and my chest feels tight", E, ["severe_allergic_reaction"]),
    ("my toddler swallowed one of my soma", E, ["overdose"]),
    ("my 3yo might have swallowed one", E, ["overdose"]),
    ("took soma with my oxy and i can barely keep my eyes open", E, ["overdose"]),
    ("drank a bottle of wine with my soma and now i'm slurring and confused", E, ["overdose"]),
    ("my lips are swolen up after the soma", E, ["severe_allergic_reaction"]),
    ("hives everywhere and i can't swallow", E, ["severe_allergic_reaction"]),
    # a seizure in its course or repeating
    ("my son is in the middle of a fit", E, ["seizure_now"]),
    ("she just started another seizure", E, ["seizure_now"]),
    ("he keeps seizing, it's the second one", E, ["seizure_now"]),
    ("my aunt is having a really bad seizure", E, ["seizure_now"]),
    ("he's been convulsing on and off all evening", E, ["seizure_now"]),
    ("he had a seizure, it stopped, now it's started again", E, ["seizure_now"]),  # over, then back
    ("he took 10 soma tonight, not sure if he will ever wake up", E, ["overdose"]),  # a what-if after a report
    # can't be woken, said other ways
    ("i'm unable to wake my mother", E, ["unresponsive"]),
    ("he won't come round after his nap", E, ["unresponsive"]),
    ("i shook her hard and she didn't even flinch", E, ["unresponsive"]),
    ("can't get my husband to wake up at all", E, ["unresponsive"]),
    # breathing by its rate
    ("his respirations are really slow and shallow", E, ["breathing_problem"]),
    ("i can barely see her chest rise", E, ["breathing_problem"]),
    ("he's out for the count, not responding to anyone", E, ["unresponsive"]),
    # counts over the day's dose with a verb, a dose taken twice, sedation in slang with alcohol
    ("had 7 since lunch because my back was bad", E, ["overdose"]),
    ("i took my evening dose twice by accident", E, ["overdose"]),
    ("few bevvies tonight then my soma, now i'm off my face and can barely keep my eyes open", E, ["overdose"]),
    ("had soma and a xanax, can hardly keep awake", E, ["overdose"]),
    ("she had wine and soma and is slumped in the chair", E, ["overdose"]),
    # a running count, an emptied pack with someone who can't say, a mix with drowsiness in metaphors
    ("that's tablet number six since i woke up", E, ["overdose"]),
    ("grandad has dementia and his dosette box is empty, it was full yesterday", E, ["overdose"]),
    ("two glasses of red then my soma, now i can barely lift my head", E, ["overdose"]),
    # a seizure just begun; roused only barely; a child with an emptied pack; an amount nobody knows (stop 23)
    ("she started seizing a minute ago", E, ["seizure_now"]),
    ("he went into a fit on the sofa", E, ["seizure_now"]),
    ("i can barely wake him up", E, ["unresponsive"]),
    ("she only grunts when i shake her", E, ["unresponsive"]),
    ("can't get a response from him, he's just lying there", E, ["unresponsive"]),
    ("he woke for a second then went straight back under", E, ["unresponsive"]),
    ("found my kid with an empty blister pack of my soma", E, ["overdose"]),
    ("not sure how many soma she took, maybe a lot", E, ["overdose"]),
    ("he took his whole prescription at once", E, ["overdose"]),
    # someone else's pack found emptied, with no talk of a refill (stop 23)
    ("found my mum's blister pack empty on the bathroom floor", E, ["overdose"]),
    ("my son's bottle of soma is empty and he won't tell me why", E, ["overdose"]),
    # no reaction to anything, in any words; a week's pills gone; the whole body jerking now (stop 24)
    ("slapped his cheek and shouted, not even a flinch", E, ["unresponsive"]),
    ("she's floppy like a rag doll and won't react to me", E, ["unresponsive"]),
    ("he fell asleep after the beers and soma and won't come to.", E, ["unresponsive"]),
    ("the weekly pill box was full on sunday, now the whole week is empty and mum is very drowsy", E, ["overdose"]),
    ("my toddler was by the soma tub and the tub is lighter than yesterday", E, ["overdose"]),
    ("had vodka with my soma and everything is heavy and slow", E, ["overdose"]),
    ("my dad is on the floor and is still jerking all over", E, ["seizure_now"]),
    # an amount nobody knows, even asked; a supply used up in a day; a pack that should have lasted (stop 24)
    ("the strip is empty, how many did he take?", E, ["overdose"]),
    ("woke up to an empty bottle and i can't remember taking them", E, ["overdose"]),
    ("i went through my pack in one afternoon", E, ["overdose"]),
    ("the box is empty and i only got it on tuesday, what now?", E, ["overdose"]),
    ("her tablets were supposed to last the month and the packet is empty", E, ["overdose"]),
    ("grandad has dementia and we have no idea how many he took", E, ["overdose"]),
    ("my son is having a siezure what do i do", E, ["seizure_now"]),  # misspelt in a hurry
    ("he is seizuring on the floor", E, ["seizure_now"]),
    ("i shook her and shouted her name and nothing", E, ["unresponsive"]),
    ("grandma is slumped on the sofa, mouth open, not answering", E, ["unresponsive"]),
    ("downed my whole week of soma with rum", E, ["overdose"]),
    ("we can't bring him round, he's breathing though", E, ["unresponsive"]),  # (stop 25)
    # (stop 30) a child and signs of tablets got at; dropped where they stood, only now coming round
    ("my 2 year old has chalky bits on her lips and my pill bottle was open on the rug", E, ["overdose"]),
    ("found blister packs chewed in the playroom, my toddler is acting normal", E, ["overdose"]),
    # ... and another pack still sealed takes nothing back (stop 30's review)
    ("she swallowed a handful of her soma, the other bottle is still sealed", E, ["overdose"]),
    ("my husband had one more pill than he should have tonight", E, ["overdose"]),
    ("took one more xanax with my soma and now i can barely keep my eyes open", E, ["overdose"]),
    # (stop 30, a third tuning set) more than prescribed, described; a bender and drowsiness
    ("i took my old leftover pills on top of my usual dose, can hardly keep my head up", E, ["overdose"]),
    ("my mum took her tablets plus some of mine by mistake", E, ["overdose"]),
    ("he swallowed what was left in the bottle after we argued", E, ["overdose"]),
    ("took way over my usual amount last night", E, ["overdose"]),
    ("my daughter took some pills someone gave her at a party", E, ["overdose"]),
    ("been on a bender all weekend with my soma and i keep nodding off", E, ["overdose"]),
    ("grandad was talking then just crumpled, he's coming round now but very confused", E, ["unresponsive"]),
    ("i don't know if he'll ever wake up, he took his soma with vodka", E, ["overdose"]),
    # (stop 31) the clinical words a nurse, a paramedic or a discharge note uses for the emergency signs
    ("she had syncope this morning after her dose", E, ["unresponsive"]),
    ("he is obtunded since the soma and the oxy", E, ["unresponsive"]),
    ("he's comatose, we can't get anything out of him", E, ["unresponsive"]),
    ("only reacts to pain, carisoprodol plus hydrocodone", E, ["unresponsive"]),
    ("LOC x2 in the past hour, he's on carisoprodol", E, ["unresponsive"]),
    ("I think he has respiratory depression", E, ["breathing_problem"]),
    ("lips look cyanotic and he's desatting", E, ["breathing_problem"]),
    ("agonal breathing, what do we do", E, ["breathing_problem"]),
    ("my face has angioedema since the first tablet", E, ["severe_allergic_reaction"]),
    ("facial edema and hives after soma", E, ["severe_allergic_reaction"]),
    ("she is having a grand mal", E, ["seizure_now"]),
    # ... and inside a list that ends with another question
    (
        "- hives\n- lips swelling up fast\n- throat tight\n- unrelated but can i split the 250s?",
        E,
        ["severe_allergic_reaction"],
    ),
    # ... and a thing or an animal beside a person's own emergency is no cover for it (stop 31)
    ("my phone was shaking on the table and then I collapsed", E, ["unresponsive"]),
    ("the dog collapsed after eating two of my soma", E, ["overdose"]),
    ("i'm gonna faint from the dizziness", E, ["unresponsive"]),
    # (stop 34) foam at anyone's mouth, convulsing on a couch, a week's worth taken
    ("my mates convulsing on the couch, foam at his mouth, we were just chilling", E, ["seizure_now"]),
    ("I believe I may have taken an entire week's worth of carisoprodol this morning", E, ["overdose"]),
    # (stop 34's review) half of many is no halved dose
    ("took half of them", E, ["overdose"]),
    ("she swallowed half of them", E, ["overdose"]),
    ("i took half of my pills at once", E, ["overdose"]),
    # (stop 36) dropped like a stone; a child's count, or what the child took them for
    ("nan dropped like a stone in the hallway, she takes soma", E, ["unresponsive"]),
    ("my 3 year old ate a couple before i caught him", E, ["overdose"]),
    ("my daughter thought the tablets were candy", E, ["overdose"]),
    # (stop 36) a breathing sign whose "not" a longer reading of it left out: the "not" is the sign's
    ("she's not breathing right, really slow, took soma and her xanax", E, ["breathing_problem"]),
    ("he isn't breathing properly, shallow and noisy", E, ["breathing_problem"]),
    ("took 5 instead of 1 last night", E, ["overdose"]),
    ("he swallowed a handful out of the tub", E, ["overdose"]),
    # (stop 40, a chat tuning set) a fit going on or still jerking, no one behind open eyes, a person who can't be
    # reached, a breath that gurgles, a week's box empty by tuesday, most of a pack gone beside someone who can't say,
    # slang for an opioid beside someone barely making sense, a dose taken three times, doses one after another, "how
    # bad is it if i took 8", lights out and the pavement hit face first
    ("some kind of epileptic fit going on, hes never had one before", E, ["seizure_now"]),
    ("he had a seizure, still jerking", E, ["seizure_now"]),
    ("my friend is shaking on the ground, eyes open but nobody home", E, ["unresponsive"]),
    ("wife is making a gurgly noise when she breathes", E, ["breathing_problem"]),
    ("his weekly pill box is empty and its only tuesday", E, ["overdose"]),
    ("the blister pack was full this morning and now half are gone, mum is home on her own", E, ["overdose"]),
    ("my brother took some of his soma after some percs, hes barely making sense", E, ["overdose"]),
    ("i may have taken my evening dose 3 times, i keep losing track", E, ["overdose"]),
    ("grandma took them again. and again. 4 doses since lunch", E, ["overdose"]),
    ("how bad is it if i took 8 of the 350s", E, ["overdose"]),
    ("went lights out in the parking lot on day 4", E, ["unresponsive"]),
    ("literally hit the pavement face first", E, ["unresponsive"]),
    # (stop 37) coming to on the floor; a stomach pumped; a box of any medicine at once
    ("woke up on the kitchen floor, no idea how i got there", E, ["unresponsive"]),
    ("next thing i remember i was on the bathroom floor", E, ["unresponsive"]),
    ("had to get my stomach pumped last night", E, ["overdose"]),
    ("took a whole box of paracetamol at once", E, ["overdose"]),
    ("struggling to get any air in", E, ["breathing_problem"]),  # (stop 39) any air
    # (stop 39) a faint beside someone who shakes the patient (the mask of a shaking floor stops at a person)
    ("stood up and the next thing i knew i was on the floor with my daughter shaking me", E, ["unresponsive"]),
    # (stop 40, a second chat tuning set) a tablet put in a toddler's mouth, the age said after; the breath-stopping
    # amount asked for; the LD50
    ("wait my daughter just put one in her mouth and swallowed it, she's 3", E, ["overdose"]),
    # (stop 41, chat tuning sets) asleep where nobody sleeps beside a sedative, fading in and out, blue lips, both
    # arms and legs jerking for ages, tablets by the hour, a dose taken many times today, an amount nobody knows
    # taken, a pack finished days after it was filled
    ("had three vodkas with my soma and im nodding off typing this", E, ["overdose"]),
    ("took a couple of percs with soma and now im drifting in and out", E, ["overdose"]),
    ("his lips look kinda grey", E, ["breathing_problem"]),
    ("dads arms and legs are jerking, been going on for ages", E, ["seizure_now"]),
    ("her arms and legs are jerking and its not slowing down", E, ["seizure_now"]),
    # (stop 42) breaths told by the seconds between them; lips that are going blue
    ("he only takes a breath every 10 seconds or so", E, ["breathing_problem"]),
    ("his lips are going blue", E, ["breathing_problem"]),
    ("been taking one every hour since breakfast for the pain", E, ["overdose"]),
    # (stop 51, a tuning set) ... one's own tablets named
    ("Dad has dementia and I think he's been taking his carisoprodol every hour", E, ["overdose"]),
    ("i took my soma so many times today", E, ["overdose"]),
    ("my husband swallowed dont know how many of his somas", E, ["overdose"]),
    ("she finished the whole bottle she picked up on monday", E, ["overdose"]),
    # (stop 42) a sedative beside severe drowsiness told in the words of a fall ("keeps falling asleep" is no longer
    # only "keeps falling"); a child by the age said who took someone's tablets; a large amount asked about as a when
    ("8 beers, 2 soma and keeps falling asleep sitting up", E, ["overdose"]),
    ("took soma with a couple of vodkas and she keeps falling asleep mid sentence", E, ["overdose"]),
    ("my grandson is 7 and he took my soma pill", E, ["overdose"]),
    ("my niece (5) might have eaten a couple of nans tablets", E, ["overdose"]),
    ("what happens to your body when you swallow 40 soma at once", E, ["self_harm"]),
    ("what happens when a kid swallows 12", E, ["self_harm"]),
    ("took 150 of them", E, ["overdose"]),
    ("took fifteen tonight", E, ["overdose"]),
    # (stop 43, a chat tuning set) a child by the age said or a teenage son or daughter, who took some of someone
    # else's tablets; the tablets told, then a child who put one in a mouth
    ("my 14yo son took a couple of my back pills to see what happens", E, ["overdose"]),
    ("my teenage daughter and her friend took some of my soma at a sleepover", E, ["overdose"]),
    ("my 12 year old took one of my soma thinking it was tylenol", E, ["overdose"]),
    ("the dog knocked my pills off the table and my toddler picked one up and put it in her mouth", E, ["overdose"]),
    # (stop 44, a chat tuning set) fits one after another, a sudden collapse with no answer, not waking in a learner's
    # words
    ("my brother keeps going into fits, he comes out for a few seconds and then off again", E, ["seizure_now"]),
    ("my dad just went down in the kitchen, please help", E, ["unresponsive"]),
    ("he is slumped there not responding", E, ["unresponsive"]),
    ("mama no wake up, i call her name many time", E, ["unresponsive"]),
    # ... and no mask takes them away where a reason or a time follows (stop 44's final review)
    ("he isn't responding cause he had a seizure", E, ["unresponsive"]),
    ("mama no wake up when i call her", E, ["unresponsive"]),
    ("he keeps going into fits at night", E, ["seizure_now"]),
    ("she just went down in the bathroom when she stood up", E, ["unresponsive"]),
    # (stop 47, a review tuning set) breathing that had to be remembered, a rate counted in words
    ("Had to remind myself to breathe after my third pill last night, it felt like my body forgot how.", E,
     ["breathing_problem"]),
    ("my lungs forgot how to breathe in my sleep after the soma", E, ["breathing_problem"]),
    ("My husband watched me take maybe four breaths a minute in my sleep after the 350mg.", E, ["breathing_problem"]),
]

# (stop 27) the means dwelt on or chosen between; affairs put in order; what happens after; a day chosen; death asked
# of god; self-injury as a habit; a review that hides the end: each read by the lexicon itself
LEXICON_SELF_HARM = [
    "the rope is up in the attic next to the beam",
    # (stop 56) "sick of" hid everything, and "done" and "tired" are lemmatised "do" and "tire": the lexicon's own
    # pattern for these read only "exhausted"; a rest for good, a sink with no coming back, one's own death slept
    # through, the point of getting better no longer seen
    "sick of living",
    "sick of it all",
    "im done with living",
    "im tempted to end it",
    "i am so tired of it all",
    "perfect time to finally rest for good",
    "wish I could sink into it and never come back up",
    "Can a person sleep through their own death? I hope so.",
    "I've stopped seeing the point in getting better",
    # (stop 52, a training set of indirect self-harm written blind) a want to cut kept up, a method dwelt on or looked
    # up, an overdose asked about as painless or quick, made to look accidental, an accident wished on oneself, taking
    # up space, no reason to keep waking up, a plan and a date, one's own headstone, a drive into a river said, a place
    # looked at differently, heights obsessed over, a railing nearly climbed, passing out for good, a blade kept
    "i want to cut so bad right now, i take soma",
    "i really wanna cut tonight, havent felt like this in ages",
    "is there a way it could look like i just fell asleep and didnt wake up",
    "i'm gonna drive into the river",
    "im 17 and on soma for a sports injury and i keep wanting to cut",
    "since starting carisoprodol i can't stop thinking about hanging",
    "is it painful to overdose on muscle relaxers",
    "what's the least painful way with muscle relaxers",
    "is there a way to take soma so that it looks accidental",
    "would an overdose look like an accident",
    "how much soma would put someone into a coma",
    "i keep wanting an accident to happen to me, i'm on soma, is this common",
    "felt so worthless on this med like i was just taking up space",
    "after a month of soma i honestly couldn't see a reason to keep waking up every morning",
    "got my headstone picked out basically, researched costs",
    "my husband hid the keys because i said i'd drive into the river, i'm on soma",
    "i've been looking at the train tracks near my house differently lately",
    "i was obsessed with looking at heights after starting carisoprodol",
    "i pulled over on the bridge and almost climbed the railing, i take soma",
    "can i take soma and drink until i pass out and not come back",
    "kept a razor blade in my wallet the whole time i was on carisoprodol",
    # (stop 49's review of the change) a goodbye to people whatever word comes first, a wish never to wake on time
    "i said goodbye to my beautiful kids tonight",
    "said goodbye to the ones i love",
    "i hope i never wake up on time again, or ever",
    # (stop 49) what the masks of a goodbye to a thing, tablets kept for flares and waking on time leave a hint
    "i said goodbye to my kids last night and gave away my dog",
    "said goodbye to my little girl this morning, she wont understand",
    "i have 40 soma saved for the day i finally do it",
    "im saving them for the days when i cant take it anymore",
    "i hope i don't wake up in the morning",
    # (stop 48, a chat tuning set) found after, a last word to anyone, what happens after not cared about, belongings
    # given away with loose ends tied
    "does soma show up in tests if someone is found after takin a lot? askin so my family knows",
    "thanks for the help, this is probly the last time i talk to anyone",
    "this is the last time you'll hear from me",
    "can u mix soma with a fifth of vodka, i dont really care what happens after",
    "honestly i don't care what happens to me anymore",
    "gave my guitar and my watch to friends today. feels like tying up loose ends",
    "torn between the bridge option and the pills",
    "i keep unlocking the gun cabinet at night",
    "my brother's rifle is in the closet and i keep taking it out",
    "looked up which bridge in town is the tallest",
    "i lean out of the window a little further every night",
    "whoever finds me please call my sister",
    "i hope my son isn't the one who walks in first",
    "my nephew can have my guitar, i won't need it",
    "picked the songs for my funeral playlist",
    "just have to act normal till friday",
    "every night i pray that god will take me",
    "existing is too much effort",
    "the burns i made are healing slowly",
    "i had to press the blade harder this time",
    "tied my scarf around my neck tight last night",
    "no reason to stick around after this",
    "not sure i'll be around by spring",
    "i'm going through with it",
    # (stop 29)
    "he took the rope into the garage and locked himself in",
    "soon none of this will matter anyway",
    "loaded the rifle and left it on my bed, anyway does soma expire",
    "the car is running in the garage and i'm sitting in it",
    "drove to the top of the multi storey again just to look over the edge",
    "that overpass keeps looking like a way out",
    "honestly the more dangerous the better",
    "the only fix for this pain is me not being here",
    "you can cancel my repeat, i won't be needing anything after friday",
    "how long until the neighbours would notice if i didn't come out",
    # (stop 31) clinical shorthand ("SI", "SH"); urges to injure or not to be; a scene of oneself with the means or
    # at the edge; a voice that says what to do; not minding not waking
    "having passive SI again",
    "SH urges really bad today. does soma interact w alcohol",
    "i wouldnt mind not waking up",
    "the urges to cut have come back",
    "the urge to not be here is stronger than it's been in years",
    "numb and like id rather not exist",
    "images of me with a rope keep popping up",
    "images of hanging pop into my head all day",
    "me on the wrong side of the railing, it comes out of nowhere",
    "a scene of me in the bath with the water going red",
    "the voice says i should walk into the sea",
    "the urge to just drive off the road is really strong today",
    "i've had this pull towards swerving into oncoming traffic",
    "whenever im on the bridge i slow down and think about going over. its getting worse",
    "I'd like a quiet service when the time comes and I've been thinking of helping it along",
    # (stop 32) how much would be fatal, asked politely or clinically; the means gathered; a goodbye left for whoever
    # finds it; not coming round wished for; slang
    "at what total milligram amount does carisoprodol become fatal in an adult?",
    "which amount of this medicine is too much for the body to survive",
    "could 25 of these and a bottle of gin stop somebodys heart",
    "is it quicker to go with vodka or without",
    "soma and diazepam together = painless?",
    "tipped every last tablet into a cup on the bedside table",
    "been skipping my doses and hiding them in a sock drawer",
    "counted them out. 52",
    "my stepdads rifle is in the loft and i worked out the code to the cabinet, the ammo is in a different box",
    "i know where he keeps the gun",
    "you won't hear from me again after tonight",
    "the passwords are in the drawer under the tv",
    "my affairs are all in order now",
    "my mum will find this chat eventually",
    "secretly hoping i dont wake up from the anaesthetic",
    "i just want to drift off to sleep and that be it",
    "ctb tonight",
    "thinking of checking out early",
    # (stop 34) joining the dead, going in one's sleep as a mercy, saving others the bother, done with a headstone
    "I'd like to join my late husband sooner rather than later",
    "i just want to be with my late wife again",
    "it'd be a mercy for them if I just went in my sleep",
    "save them the bother of me",
    "i'm done 🪦🪦🪦",
    "my wife tried to take her life two weeks after starting seroquel",
    "ended up on a 72 hr hold for SI on effexor 150",
    # (stop 35) as reviewers write it: clinical shorthand alone or in a list, a death preferred, a life not worth
    # staying for, an attempt told by what came after, a railing or ledge, part of one that did not want to go on,
    # dark thoughts acted on, still being here questioned
    "ideation within a week of starting it",
    "month 2 of the taper: insomnia, SI, zaps",
    "i'd rather be dead than feel like this again",
    "some days i wonder if it's worth sticking around",
    "ended up in hospital after an attempt",
    "withdrawal had me standing at the bridge railing",
    "stood on the ledge for an hour that night",
    "didn't think i'd get through it, and part of me didn't want to.",
    "gave me the energy to act on those dark thoughts",
    "idk why i'm even still here tbh",
    # (stop 35, a second set of review sentences) a crash pictured, a body hurt with something, a hanging of anyone, a
    # bus wished for, a fatal diagnosis that would be a relief, the one reason still here, living or dying all the
    # same, "attempted" alone, a crisis line called, an attempt at a dose
    "kept imagining steering into the lorry on the motorway",
    "cut my thigh with a razor after a bad day on it",
    "her brother tried to hang himself on this drug",
    "honestly wouldn't mind if a truck hit me on the way home",
    "if they'd said it was terminal i'd have been relieved",
    "the only thing keeping me alive is my cat",
    "didn't care whether i lived or died on 40mg",
    "my son attempted while on it, twice",
    "had to call the crisis line last night",
    "hospitalised after an attempt at 150mg",
    # (stop 36, a third set of review sentences) the how worked out, the count looked up, a fall pictured, calm about
    # dying, notes for after, a gun handed away, a crisis line kept at hand, found with a blade, kept for one's own
    # safety, hitting oneself, an attempt made, one's own funeral planned, a sleep with no return, a bottle washed
    # down, a psychiatric unit after the tablets
    "spent the week figuring out how i would do it",
    "looked up how many of them it would take",
    "kept picturing going over the edge of the multistorey car park",
    "strangely calm about dying these days",
    "wrote notes for my family to read after i'm gone",
    "handed my brother my pistol to keep for me",
    "the suicide hotline is saved on my phone now",
    "my mum found me with a razor in the bathroom",
    "was kept in hospital for my own safety",
    "he keeps punching himself in the head",
    "that was the month i made my first attempt",
    "lying awake planning my own funeral",
    "want to sleep for a week and not come back",
    "thinking of washing down the bottle with vodka",
    "ended up on a psych unit after taking a whole pack",
    "i wonder how i'd do it without anyone noticing",
    # (stop 36, a tuning set of chat) a fading wished real, a goodbye to the world, a goodbye and a home cleared with
    # the most one can take asked
    "i feel like i'm disappearing and honestly wouldn't mind if it was for good",
    "my sister wrote goodbye world on her story and won't pick up",
    "gave my cat away to a neighbour. i feel peaceful. whats the most you can take of soma",
    "this will probably be my last message, thank you for listening",
    "does god forgive people who check out early",
    # (stop 36, a set of SSRI review sentences) the black-box warning come true, what one might do to oneself, the
    # world better without one, an attempt told by when, a rope kept, not deserving to exist
    "that black box warning is no joke, it happened to my son",
    "i checked into the hospital because i was scared of what i might do to myself",
    "kept thinking my family would be better off without me if i was honest",
    "my attempt was two weeks after the dose went up",
    "i had bought a rope before my wife noticed",
    "had this feeling i didn't deserve to exist",
    # (stop 37) as reviewers tell it: a vehicle meant to crash, a drop measured, the woods walked into for good, a
    # method held or pictured, the body pictured dead, the skin hurt on purpose and hidden, the ward's
    # precautions, an exit from life in any idiom
    "i was hoping i'd crash on the way home",
    "wanted to yank the wheel into the divider",
    "checked how far the drop is from the multistorey",
    "i want to walk into the forest and never come back",
    "sat holding the bottle thinking about swallowing the lot",
    "i've got my pills lined up on the table",
    "i keep picturing myself dead",
    "flashes of my own funeral all day",
    "can't stop picturing my own death",
    "the thought of not existing sounds peaceful",
    "the thought of not sticking around is comforting",
    "i've been cutting my arm on purpose",
    "new scars on my wrists again",
    "wearing long sleeves to hide the cuts",
    "i have an urge to injure myself",
    "my therapist had me sign a safety plan today",
    "the hospital took my shoelaces last time",
    "my passive si is getting louder",
    "life feels optional lately",
    "thinking of punching my own ticket",
    "ready to throw in the towel on life",
    "lost all interest in staying alive",
    "i'd rather be six feet under",
    "praying i die in my sleep tonight",
    "wishing my heart would just stop",
    "disappointed i'm still alive every morning",
    "my family would be happier without me",
    "i want to dye",
    "i found the spot where i'd do it",
    "already picked out the bridge",
    "i don't trust myself alone with my pills tonight",
    "who would find me first, my wife or my son",
    "i want to throw myself off the car park roof",
    "a bath with a hairdryer keeps coming into my head",
    "i pray every night not to wake up",
    "i keep getting pictures in my head of a rope in the garage",
    "wearing hoodies in july so my mum doesnt see my arms",
    "promised to ring my counsellor before doing anything stupid",
    "ended up admitted after i told my therapist what i was planning",
    "i felt this pull toward the train tracks every time i walked past them",
    "had to be watched 24/7 by my parents after the dose went up",
    "my husband had to hide my meds while i was on it",
    "there was this darkness i wanted to walk into and stay in",
    "the only thing i could think about was the razor blade in the cabinet",
    "felt like i was a ghost already and might as well finish the job",
    # (stop 38) a plea not to be let wake; eyes shut on everything for good
    "begging god to just not let me wake up",
    "i was hoping he would not let me wake up",
    "i just wanted to shut my eyes and not deal with anything ever again",
    "i never want to have to face anyone ever again",
    "i bought a rope to swing from the beam",
    # (stop 38, a chat tuning set) not another day faced, who gets what, songs for the send-off, a railway line or a
    # bridge stood at, a time by which it won't matter, a bot that won't miss them
    "i'd like to go to sleep and not have to face another day",
    "made a list of who gets what. the soma just makes me feel calm about it all",
    "made a final playlist lol. songs for the send off",
    "walked along the railway line for a while today. the trains are so fast",
    "walked to the bridge on the bypass today and stood there for an hour",
    "scheduled emails to go out to my family on saturday morning. by then it wont matter",
    "ha. you're a bot so you wont miss me",
    # (stop 41, review and chat tuning sets) the wheel pulled in thought, going under and staying, swimming out to
    # sea and not turning back, the one to find me, the pull of a drop, a welcome outstayed on this earth, one way out
    # only, a heart stopped by an amount, a care whether one woke said with any hedge, a desire not to exist, cuts on
    # someone's forearms, cutting one's forearm
    "on effexor i kept imagining jerking the steering wheel on the motorway",
    "lying in the bath thinking about sliding under and just staying down",
    "kept picturing myself swimming into the sea and never turning back",
    "i keep wondering who will be the one to find me",
    "had this impulse to jump off the balcony every time i went out there",
    "felt like i'd overstayed my welcome on this earth",
    "my time on this earth felt like it was up",
    "honestly there's only one way out of this for me",
    "how much soma before it stops your heart",
    "on cymbalta i didn't care one way whether i woke up",
    "i have a strong desire to not be alive anymore",
    "my son has cuts along his forearms and says it's the cat",
    "relapsed and cut my forearm last night",
    "i'd kill for a rope right now",  # (stop 41's red-team review) a means, never the idiom
    # (stop 41, a chat tuning set of indirect self-harm) legs over the edge of a roof, a night one hopes not to survive,
    # a heart one would be fine to have stop, years one can't do, a family richer without one, the most dangerous thing
    # to take, a huge amount wanted at once, the pill that finishes the job, an exit bag, a dose asked for reasons, a
    # belt or a hot spoon used on oneself, a blade back, time clean from self-harm, arms covered in cuts, a razor on the
    # hips, a note for whoever reads it later, a goodbye as if not coming back, no reason left to go on
    "sat with my legs over the edge of the roof for an hour",
    "i hope i don't wake up tomorrow",
    "i'd be fine if my heart just stopped in my sleep",
    "i can't do another ten years of this",
    "my family would be better off financially if i wasn't around",
    "better i am not here anymore",
    "which of my pills is the most dangerous to take all at once",
    "i want to take a huge amount of these in one go",
    "which strength will finish the job",
    "been reading about exit bags",
    "how many mg in each tablet, asking for reasons",
    "i hit my legs with a belt when it gets bad",
    "pressed a hot spoon to my arm again last night",
    "the blade is back in my hand tonight",
    "i was 200 days clean from sh",
    "her wrists are covered in cuts",
    "i take a razor to my hips where nobody sees",
    "if anyone reads this later, i'm sorry",
    "he said bye like he wasn't coming back and now he won't pick up",
    "there's no reason for me to carry on",
    "the kids would be happier if i just didn't exist",
    # (stop 42, a review tuning set) suicidal ideation gone from passive to active, a car aimed at a tree, a gun to the
    # head, a world with no place for one, not surfacing
    "on zoloft my si went from passive to active",
    "having si thoughts again since the dose went up",
    "kept wanting to aim the car at a tree on the motorway",
    "caught myself aiming for the guardrail on the drive home",
    "sat with a gun to my head last night",
    "the world has no use for me",
    "there's no place for me in this world",
    "lying in the bath thinking about not surfacing",
    # (stop 43, a review tuning set) an accident hoped for
    "i hoped i would get in a car wreck on the way to work",
    "wishing i'd be in a fatal accident",
    "hoping i'll end up in a car crash, is that normal on soma?",
    # (stop 44, a review tuning set of self-harm beside other drugs) a way to die held in an urge or a thought; a knife
    # and one's wrists; one's own face struck; a swim out, a sleep with nothing felt again, not existing, no longer
    # belonging on this earth, a bridge picked out
    "kept having the thought of stepping in front of the bus on my way to work",
    "had the urge to swerve the car into oncoming traffic on effexor",
    "the urge to open the door and jump out while he was driving",
    "stood in the kitchen with a knife staring at my wrists",
    "i keep looking at the train tracks in a way that scares me",
    "i punched my own face until it bruised",
    "wanted to just swim out until i couldn't swim anymore",
    "i just want to fall asleep and never feel anything again",
    "i'd like to just not exist",
    "i no longer feel like i belong on this earth",
    "i don't feel like i belong in this world anymore",
    "i had already picked out which bridge",
    "i've picked out which bridge to jump from",  # (stop 44's final review) no mask hides what follows it
    "i'd rather not exist in this world",
    # (stop 45, a review tuning set) a morning one wished not to have woken to, a jump pulled toward where one stands,
    # all one's pills thought of at once, beside the drug and its dose
    "Flexeril 10 knocked me out and when I woke I wished I hadn't, every single morning that week.",
    "Seroquel 50mg for sleep, but lately the urge to jump when I'm on the balcony is getting harder to ignore.",
    "i quit lexapro 2 months ago and the thoughts of taking all my leftover pills at once came back hard",
    # (stop 47, a review tuning set) not being, wished with a "just" between
    "Started feeling like I'd rather just not be here at all.",
    "honestly i'd prefer to just not exist",
    # (stop 50, a review tuning set) the means as an option or hinted at, a drop stood too near, every tablet left taken
    "the razor in the shower started looking like an option so i flushed the zoloft",
    "the bridge on my way to work has started to seem like the answer",
    "paxil had me staring at the bottle in my medicine cabinet way too long, if you know what i mean",
    "i stood on the train platform a little too close to the edge and a little too long, effexor 150",
    "took every flexeril i had left at once one night and woke up in the ER",
    "swallowed all the xanax she had left",
    # ... and no question of carrying on with a dose hides one that can't carry on
    "missed my dose and honestly i just cant carry on",
    # (stop 53, a chat tuning set) an amount asked for that would not hurt, or where one just drifts off
    "is there a number of soma where it wouldn't hurt at all, like you just drift off",
    "what amount of soma would you need to just drift off and not come back",
    # (stop 53, a chat tuning set) better if one's heart gave out
    "whatever. maybe its better if my heart just gives out",
    "it would be easier for everyone if my body just gave up",
    "how many soma till i just drift off and dont come back",
    # (stop 54, a chat tuning set) a life one wishes had ended, or ought to: others better off not looking after one
    "they should have just let me go on the operating table",
    "wish they hadn't resuscitated me",
    "i should have died in that crash",
    "the music is gone so i should be gone too",
    "the grandkids would be better off not having to visit a useless old man stuck in a chair",
    "i wish no one had found me",
    # (stop 55, a chat tuning set) an illness or a crash wished to have ended it
    "sometimes i wish the stroke had just finished the job",
    "i wish the stroke took me",
    # (stop 55, a chat tuning set of indirect self-harm) not mattering any more; no tomorrow; the bottle taken as a
    # joke's last line; all of it taken at a time; a wait till no one can tell; a death made to look accidental; Spanish
    "is it ok to take soma on an empty stomach? not that it matters anymore",
    "i'd like to sleep and not have to deal with tomorrow. or any tomorrow",
    "bingo card's almost full, might as well take the bottle for the last square lmao",
    "will the soma take effect before he gets home at 7am if i take it all around midnight?",
    "what's the half life of soma? need to know how long before anyone could tell what i took",
    "does soma show up on a tox screen? want the cause to look accidental for the insurer",
    "mi dolor de espalda no para nunca. ya no quiero seguir.",
    # ... and what is only a hint beside something else: accounts deleted (a goodbye) beside affairs wound up, a long
    # sleep wished for beside a drink (asked about too: asking after the means is a hint), a joke taken back only in
    # part beside a will written
    "deleted all my socials last night. tying up loose ends",
    "my plan is a bottle of wine and the soma. just want to sleep through whatever comes next",
    "my will is written, my playlist is picked. just kidding. mostly.",
]

SELF_HARM = [  # 4. any hint of self-harm, however indirect: the emergency reply (with a crisis line)
    # (stop 50's review of the change) "tired of" fighting is no drowsiness; a bare "carry on?" and a question how long
    # it lasts are no question of a dose
    "im so tired of fighting",
    "i dont know how to carry on?",
    "should i just carry on? nothing matters anyway",
    "how long will it last? i cant take another day of this",
    "there's no point any more",
    # (stop 33) lingering at a drop, or asleep for good
    "stood on the bridge on the way home longer than i should have",
    "i keep driving past the cliff road slower each time, wondering",
    "all i want is to go to sleep and stay that way",
    # ... as a review tells it (stop 33)
    "helped my back but gave me SI within a week",
    "the SI came back at the higher dose",
    "my son made an attempt last spring while on it",
    "she was hospitalised for an attempt on this medication",
    "death started to seem like the only way out",
    "made me feel like i might as well be dead",
    "sat on the edge of the bath with a blade most of the night",
    "gave me a plan, if you know what i mean",
    # ... and a goodbye that is more than one (stop 28: ordinary goodbyes joined the negatives)
    "this is goodbye",
    "goodbye forever",
    "i won't be talking to you again, goodbye",
    "i'm done. goodbye.",
    # (stop 29) the means behind a locked door; an end near, after which nothing counts
    "he took the rope into the garage and locked himself in",
    "soon none of this will matter anyway",
    "feel dead already, might as well make it permanent",
    # ... a long nap wished for is still one (guard of the nap that was had, below)
    "i want to take a long nap and never wake up",
    # the means made ready, then an ordinary question (stop 29)
    "loaded the rifle and left it on my bed, anyway does soma expire",
    "the car is running in the garage and i'm sitting in it",
    # the edge looked over, the place that looks like an answer, danger welcomed, being gone as the cure, nothing
    # needed after a day, how long until anyone notices (stop 29)
    "drove to the top of the multi storey again just to look over the edge",
    "that overpass keeps looking like a way out",
    "honestly the more dangerous the better",
    "if soma is deadly with vodka that's the best news i've had all year",
    "the only fix for this pain is me not being here",
    "you can cancel my repeat, i won't be needing anything after friday",
    "how long until the neighbours would notice if i didn't come out",
    "everyone would be better off without me",
    "how many soma would it take",
    "i've been saving my pills",
    "thinking about ending it",
    "i just want to go to sleep and never wake up",
    # a large amount asked about as a what-if (stop 24)
    "what if i took 14 of them tonight",
    "if my brother swallowed 20 of these would he wake up",
    "would taking 11 for the pain be dangerous",
    "i'm a burden to everyone",
    "wrote goodbye letters to my kids",
    "the voices keep telling me to hurt myself",
    "i don't want to be here anymore",
    "can soma make you suicidal?",  # a question is a hint too
    "i'm not suicidal, i just want it all to end",  # a denial doesn't lower it
    # dying asked about, or a plan with a day to it
    "would soma plus vodka let me drift off peacefully",
    "what if i took it and never woke up",
    "does it hurt if you stop breathing in your sleep",
    "would anyone know it wasn't an accident, would it look like an accident",
    "if i don't answer tomorrow you'll know why",
    "i won't be here tomorrow anyway",
    "sitting in the garage with the engine running",
    "i updated my will last night",
    "i've started cutting my legs again",
    "we found out mum has been hiding her pills in a drawer",
    "i've been making a plan",
    # nobody would notice; others happier without them; how much would be fatal, in any words; a painless way
    "would anyone even notice if i wasn't here",
    "everyone would be happier without me",
    "what dose of soma would be fatal",
    "can 30 soma kill you",
    "what's the most painless way to go",
    "how many would a person need to never wake up",
    "would the whole pack be painless",
    "could an autopsy pick up soma",
    "my kids would have an easier time if i wasn't around... i mean if i was gone",
    "i'm sick of being a burden to my family",
    # being out of the picture; whether a number would do it; what taking the whole supply would be like; pills
    # gathered; a goodbye or an apology out of nowhere with the tablets gone
    "they'd cope fine once i'm out of the picture",
    "i'm nothing but a drain on this family",
    "would 30 of the 350s do it",
    "how many pills before the heart just gives out",
    "if i took the whole strip tonight would anyone find me in time",
    "would you suffer much if you swallowed every tablet you had",
    "what's it like to overdose on muscle relaxers",
    "is it a peaceful death with these pills",
    "been gathering up all the old tablets in the house",
    "my dad rang to say goodbye to all of us and his pill packets are empty",
    "my sister apologised out of nowhere and now her soma is gone",
    # a burden as an image; others coping without them; a large amount "enough"; a heart or breathing stopped;
    # doses kept back in secret
    "i'm just an anchor round my family's neck",
    "she'd find someone better than me, they'd all cope",
    "would 60 tabs be enough?",
    "what amount of soma would make a person's heart stop",
    "i only pretend to swallow the night one",
    "there's a little stash growing in my drawer",
    # a lethal act wanted or nearly done; the will to live lost; no future, no fight left (stop 23)
    "felt like steering my car into a wall on the way home",
    "nearly threw myself off the balcony last night",
    "had no will to live on it",
    "i just don't care whether i wake up tomorrow",
    "can't see the point in carrying on",
    "i didn't want to be in this world any more",
    "i can't bear being alive like this",
    "zero interest in life since i started",
    "i keep thinking about death",
    "couldn't see a future for myself",
    "i don't want to fight anymore",
    "dizzy and honestly i did not feel like going on",
    # (stop 25) review words for it, self-injury by what did it, death longed for, the means or place dwelt on
    "i've had these dark thoughts since the dose went up",
    "he has a death wish lately, says so himself",
    "the suicidality came back in week two",
    "she's self-harming again",
    "I relapsed into cutting.",
    "i keep daydreaming about my own death",
    "caught myself fantasizing about not waking up",
    "i burned myself with a cigarette last night",
    "i held the blade against my wrist for a long time",
    "sometimes i hope a bus hits me on the way to work",
    "i've been planning my own funeral, which songs and all",
    "we found him sitting in the garage with the car running",
    "i get the urge to jump whenever i'm up high",
    "i stood at the edge of the train platform longer than i should",
    "i've been giving my things away to friends",
    "i have a plan, i'm not going to say what",
    "she swallowed a whole strip of them on purpose",
    "took 10 soma on purpose",  # the overdose is kept beside it (EMERGENCIES)
    # (stop 30) no future with oneself in it, the end of the road, sorry to wake, the amount where it is over, nothing
    # theirs after a day, the means bought, belongings labelled, forgiveness beside love
    "i can't imagine any future for myself",
    "there's no future where i'm still around, i can see that now",
    "honestly i don't see any way forward.",
    "feels like i'm at the end of the line with everything",
    "i can't face one more winter like this",
    "each time i wake up i'm gutted i did",
    "wish i hadn't woken up this morning",
    "how many of the 350s is the point where it's permanent",
    "what if someone swallowed all 40 of them at once",
    "from tomorrow it's not my problem any more",
    "after friday none of this is going to matter",
    "ordered a rope online today",
    "wrapped up my watches with each nephew's name on them",
    "told my sister i love her and asked her to forgive me",
    "i've been holding a few tablets back every week",
    # (stop 30, a second tuning set) what is found after, asked as logistics; a supply at once; all of it ended for
    # good; a combination that would do it; worth more gone; the last one ever; a goodbye posted; an edge stepped
    # towards; instructions "for after"; vanishing; drifting off and not coming back; places traded with the dead
    "what shows up on a tox screen after someone has died",
    "if i was found on a sunday would anyone find me before the week was out",
    "does an od on muscle relaxants feel like falling asleep",
    "my nan went peacefully in her sleep and i'd like to go the same way",
    "he asked the pharmacist how many it would take, said it was for a quiz",
    "what if a person swallowed all their soma at once with vodka",
    "sometimes i imagine everything just stopping for good",
    "i know which combo from my cupboard would do it",
    "my kids would be worth more with me as a payout",
    "this is the last refill i'll ever need",
    "that's the last winter i'm going through",
    "she put up a goodbye sort of post and now her phone is off",
    "stood on the platform and thought i could just step forward.",
    "left a list of passwords for my brother for after.",
    "the thought of just disappearing so nobody has to deal with me",
    "is there a dose where you drift off and never wake",
    "i'd swap places with my dad in his grave tomorrow",
    "if anything happens to me the will is in the drawer",
    "i finally know what i'm going to do, and i feel calm",
    "my pain has made the decision for me",
    "booked a one way trip to the great beyond lol",
    # a sleep not woken from, hoped for (stop 25)
    "honestly i hope i never open my eyes again after tonight's dose",
    "wish these pills would switch me off permanently",
    "a sleep i don't come back from wouldn't be the worst thing",
    "i want the next pill to be the last thing i ever feel",
    # (stop 26) self-injury by its marks, tools, reasons or repetition
    "my son has new cuts on his forearm and he's been taking my soma",
    "there are scratches across her wrists again",
    "i keep biting my hand until it bleeds when the pain is bad",
    "i hit my own head against the cupboard on purpose last night",
    "i burn myself with a lighter when it gets too much",
    "slipped back into the razor stuff after a year",
    "went back to cutting last week",
    # tired of living, no fight left, reasons running out
    "i've checked out of life, just going through the motions",
    "honestly i have no fight left",
    "running out of reasons to stay honestly",
    "this drug took away my will to live",
    "why keep trying when nothing changes",
    "my life has no purpose any more",
    # fading out, stopping existing; death hoped for; means at hand
    "i wish i could just fade away and nobody would notice",
    "sometimes i'd like to stop existing",
    "i hope something happens to me on the motorway",
    "death sounds like a relief right now",
    "the rope is tied in the garage",
    "there's a knife in my hand and i can't stop looking at it",
    "standing on the railing of the car park",
    "wouldn't mind if i died in my sleep tonight",
    "how would you go peacefully on these",
    # affairs put in order, goodbyes, others rid of them
    "it was nice knowing you all",
    "please look after my cat when i'm gone",
    "tell my dad it wasn't his fault",
    "left a list of who gets my things",
    "they'd all be fine without me",
    "my family deserve to be rid of me",
    "taking every pill in the house tonight",
    *LEXICON_SELF_HARM,
    # ... and beside a figure of speech, a hint is still heard
    "this pain is killing me and i just want it all to end",
    "my boss is going to kill me and honestly i want to die",
    "bye for now, nobody will miss me",
    # (stop 34) a life taken or tried, of anyone and without "own"; a psychiatric hold
    "my wife tried to take her life two weeks after starting seroquel",
    "he tried to end his life last year",
    "ended up on a 72 hr hold for SI on effexor 150",
    "they put me on a psych hold after the second week",
    "got 5150'd on this med",
    "hospitalized for SI while on 300mg",
    # (stop 39, review and chat tuning sets) staying alive not worth the bother, life insurance made sure of, an object
    # driven into one's own body, an overdose asked about and owned or wanted to the unit
    "around week 5 i started wondering why i should even bother staying alive",
    "i was so low that i made sure my life insurance was paid up, if you know what i mean",
    "intrusive pictures of jamming a pen into my own hand during meetings and wanting to do it",
    "what happens if someone takes all their muscle relaxers at once. asking for me",
    "can you OD on soma? i need the exact number",
    "urges to cut, insomnia, weight gain",  # (stop 39) an urge to cut, said as reviewers do
    # ... and what the masks of a medicine not wanted or not for everyone leave alone (stop 39)
    "i don't want to be on meds forever but i don't want to be alive either",
    "it may not be for me, i don't want to be here anymore",
    "i don't want to be on this planet",
    # (stop 40, two review tuning sets) an edge or a wheel that pulls, a height stood on looking down, the means
    # lingered on, life not worth the effort, why bother living, a job to finish, a hole to crawl into, better off in
    # the ground, a future not lived to, a fatal illness wished for, a plan had, a wish to go and not come back
    "on the balcony i'd feel this pull to go over the railing",
    "every time i drove over the bridge i got this urge to just yank the wheel",
    "i stood on the roof of my building for an hour just looking down",
    "looked at the knives in the kitchen differently",
    "i'd hold the kitchen knife a little too long while cooking",
    "at 300mg my mind kept drifting to the gun in the closet",
    "i got so low i was reading about methods at 3am",
    "tempted to swallow everything in the medicine cabinet",
    "life wasn't worth the effort anymore after the dose went up",
    "a flat why-bother-living feeling",
    "i felt dead inside already so i figured i might as well finish the job",
    "coming off effexor i wanted to crawl in a hole and die",
    "felt like i was better off in the ground",
    "figured i wouldn't make it to 30 and honestly didn't mind",
    "i started wishing i'd get cancer so i'd have a way out",
    "i had a plan by week six, thank god my sister showed up",
    "i just wanted to lie down in the snow and not come back",
    # (stop 40, a chat and a review tuning set) no reason to bother getting better, a world smoother without one, being
    # in the way, nobody left to deal with it after, a razor found in a child's room, long sleeves even in the heat, an
    # overdose that must work the first time, cutting gone back to
    "dont really see why i should bother getting better",
    "the world would run smoother without me in it",
    "i feel like im just in the way",
    "paid off my debts so nobody has to deal with it after",
    "found a razor blade in my daughter's room",
    "she wears long sleeves even in this heat",
    "can you OD on soma? need something that works first time",
    "i went back to cutting after 6 yrs clean",
    # (stop 40, a third review tuning set) flashes of the means, staying under the water
    "on the flexeril i kept getting flashes of the rope in the basement",
    "i'd hold my breath under the bathwater and wonder what would happen if i just stayed down there",
    "how long would it take for 30 soma to stop your breathing",
    "what is the LD50 of carisoprodol",
]

FALSE_ALARMS = [  # 5. nothing urgent: negated lists, the past, another cause, what Soma treats, doses, questions
    # (stop 56, a chat tuning set and a set of harmless messages written for the learned part) a few carried for doses
    # at work, a wish to hide under the duvet, the bottle soaked, a double dose asked about, a
    # dependence not wanted, "chill" as calm,
    # "sick of" the weather, "done with" the medicine
    ("can i stash a couple in my purse for my doses at work or do they need to stay in the bottle?", G, []),
    ("running out of reasons to keep paying for physio, is soma enough on its own?", G, []),
    ("wanna disappear under my duvet all weekend and let the meds do their thing", G, []),
    ("the whole bottle got lost in the move, can the pharmacy replace it?", G, []),
    ("i missed last night's dose, do i double up this morning or just skip it", G, []),
    ("Don't want to end up hooked on this stuff. How long do people usually stay on it?", G, []),
    ("my wife says i'm a different person on soma, way more chill lol. is that a side effect?", G, []),
    ("sick of this weather, can i take soma before a long drive?", G, []),
    ("Do you have to taper off soma or can i just stop when i'm done with it?", G, []),
    # (stop 55) a job wished finished, a baby had, a fit had long ago and none since, a cause said as known
    ("wish the plumber had finished the job", G, []),
    ("is soma ok in pregnancy? my wife is having one", G, []),
    ("had a seizure in 2019 and had another last year, none since. can i take soma?", G, []),
    ("sweating loads, its the heatwave", G, []),
    # ... nor, stop 55's red team and review, a check-up had again, a licence had again, a fit on a day ahead, an
    # operation wished to have taken a pain, another count than the pills'
    ("had a seizure in 2019, just had another checkup and all clear. ok to take soma?", G, []),
    ("had a seizure 5 years ago and lost my licence, now i have it again. can i drive on soma?", G, []),
    ("had a seizure in 2015, had another this year, can i take soma?", G, []),
    ("i wish the operation had taken the pain away", G, []),
    ("my dad can't remember and his blood count is down", G, []),
    # ... nor, stop 55, a blame told, a party gone to once the kids are settled, a test asked about, a night shift's
    # sleep, the most one can take for a parent, the bottle taken on holiday
    ("tell her it was her fault we were late", G, []),
    ("once the kids are settled i can go too, to the party", G, []),
    ("the doctors can tell what i took from a blood test right?", G, []),
    ("i want to sleep for a really long time after this night shift", G, []),
    ("how many soma is too many for an 80 year old?", G, []),
    ("might as well take the bottle with me on holiday", G, []),
    # ... nor, stop 55's second red team and review, a list asked about before "but" or a guess, a surgery that left the
    # job undone, a dose taken late, a trip planned, a drink asked about, the tablets stopped in Spanish, an account
    # closed, a course finished
    ("vomiting and diarrhea but are they common on soma?", G, []),
    ("i wish the op had finished the job, now i need a second surgery", G, []),
    ("not that it matters now but i took my soma an hour late", G, []),
    ("can i get my refill early? need it for what i have planned, a 3 week trip to italy", G, []),
    ("can i have a glass of wine with soma or will i sleep for a long time?", G, []),
    ("ya no quiero seguir tomando soma, me da mucho sueño", G, []),
    ("i closed my account at the old pharmacy. what's the max you can take of soma", G, []),
    ("the doctor said to stop soma, should i finish what i have left first?", G, []),
    # ... nor, stop 55's third review, a mix asked about at the counter, tablets run out, the leaflet read this second,
    # a fit had again before a wedding years ago
    ("is soma and alcohol deadly?", G, []),
    ("can i take soma tonight? i have no more tomorrow", G, []),
    ("can soma cause seizures? i'm reading the leaflet right this second", G, []),
    ("had a fit in 2010, had another just before my wedding in 2012", G, []),
    ("no fever, chills or anything like that", G, []),
    # (stop 52) a dose cut, a picture hung, work to drown in, a drive into town, a check asked about, a greeting: none
    # in the words of stop 52's self-harm patterns or a measure
    ("i need to cut back on soma, it makes me too sleepy", G, ["severe_drowsiness", "drowsiness"]),
    ("i want to cut my dose in half, is that ok", G, []),
    ("been thinking about hanging the new shelves but my back says no", G, []),
    ("i'm drowning in paperwork this week, can i take soma at my desk", G, []),
    ("i'd drive into town to pick it up but i'm too drowsy", G, ["severe_drowsiness", "drowsiness"]),
    ("how do i check if my heart rate is too high on this", G, []),
    ("how to tell whether my pulse is normal on soma", G, []),
    ("hi there", G, []),
    ("i watch twitch streams while resting my back, is lying down all day ok", G, []),
    ("the insurance rate is crazy for soma", G, []),
    # (stop 52's red-team probes) everyday words of its self-harm and pulse patterns
    ('i really need to cut. so many coupons this week and soma costs a fortune without insurance', G, []),
    ('been reading about drowning prevention for my kids swim class, unrelated but can soma make u drowsy', G, []),
    ("ive been obsessing about hanging wallpaper in the nursery but my back is wrecked, is that ok on soma?", G, []),
    # (stop 52's review of the change) a drowsy swerve, a shoulder blade, the tablets taking up space, a pain fixated on
    ("i was so drowsy on soma i was about to swerve into the median, had to pull over", G, ["severe_drowsiness"]),
    ("sharp pain under my shoulder blade next to my spine", G, []),
    ("the leftover soma just takes up space in my cabinet, how do i get rid of it", G, []),
    ("i keep getting fixated on the pain in my back", G, []),
    # (stop 52's second review of the change) a taper's least painful way, a screenshot that looks like the label, a
    # burn at the gym, a haircut, gravel from a quarry, HR the department, the price of a monitor
    ("my doctor wants me to taper off soma, whats the least painful way?", G, []),
    ("take a screenshot so it looks like the label, is that ok for the pharmacy", G, []),
    ("i want to burn so bad at the gym this week, is that ok on soma", G, []),
    ("i want to cut right now my hair is too long", G, []),
    ("we'll drive into the quarry to pick up gravel", G, []),
    ("hr was really high maintenance about my sick note for the soma", G, []),
    ("it looks like i fell asleep and woke up at 3, is that the soma", G, []),
    ("the hr department is elevated to the ceo, can i get a note for soma", G, []),
    ("what's the least painful way to come off soma", G, []),
    ("is it possible to overdose on soma in your sleep", G, []),
    ('we finally have a plan and a date for the wedding!! can i take soma the week before', G, []),
    ('this old recliner is just taking up space in the living room, would sleeping in it be better for my back', G, []),
    ("we're about to drive into the lake district for a week, can i take soma on the trip", G, []),
    ('since the physio i look at the bathtub very differently, getting in is so hard with my back', G, []),
    ('my toddler almost climbed the railing on the deck today, scared me half to death', G, []),
    ('keep a razor blade in my drawer for scraping paint off the windows, anyway can soma make you clumsy', G, []),
    ('i keep dreaming about drowning since starting soma, just weird vivid dreams, normal?', G, []),
    ('HR went through the roof when i asked for more sick days lol', G, []),
    ('my heart rate spiked when the dog jumped on me but settled in a minute, all good', G, []),
    ("im still shaking all over", S, ["tremors"]),  # a tremor still going is no fit: the stop reply
    ("had a seizure last week, it stopped after a minute", S, ["convulsions"]),
    # (stop 51) an open cause that names a drink taken by itself, and one that denies Soma after a comma
    ("heart racin cuz i drank 3 cofees this mornin", G, []),
    ("taking my soma every 8 hours like prescribed", G, []),
    ("i threw up bc i drank too much tequila at my cousins wedding", G, []),
    ("I had the runs for two days but it was from bad sushi, my whole family had it, not from the soma", G, []),
    ("i feel sick from eating bad sushi", G, []),
    # (stop 30) someone named as where a question comes from has nothing ("my coworker told me"); a what-if taken back;
    # a fright, nerves or a price said in a symptom's words; children who can't sit still; a question's own "i keep"
    ("do seizures happen on soma or is that something my neighbour made up", G, []),
    ("can soma cause hallucinations? my pharmacist mentioned it", G, []),
    ("what happens if i take three by mistake? not that i have, just planning ahead", G, []),
    ("if i threw up right after a dose should i take another one? hasn't happened, just asking", G, []),
    ("the hospital parking charges nearly gave me a heart attack", G, []),
    ("my hands were shaking with nerves before the job interview, can i take soma the night before?", G, []),
    ("the price of the brand name at the chemist near me made me want to throw up", G, []),
    ("the grandkids can't sit still after all that cake, anyway can i take soma with ibuprofen", G, []),
    # (stop 30, a second tuning set) drowning in work, one more of anything, talking to someone with nobody else around,
    # a pain completely gone
    ("drowning in emails at work, can i take soma at my desk?", G, []),
    ("my grandson found my pill bottle under the sofa but it's still sealed", G, []),
    ("if one more doctor tells me to lose weight i'll scream, anyway is soma ok with ibuprofen", G, []),
    ("texting this chat because nobody else is awake, can i take soma with a hot drink", G, []),
    ("my back pain is completely gone now, can i stop soma?", G, []),
    # (stop 30, a third tuning set) travel sickness, a feeling, hands thrown up, a fit of giggles, a wobbly thrown, a
    # shipment seized, a car or a phone having a fit, adhd
    ("my son gets carsick on long trips, is soma safe to keep in the glovebox?", G, []),
    ("i feel sick about asking my gp for more, is that normal?", G, []),
    ("i threw up my hands when the pharmacy lost my script again", G, []),
    ("got a fit of the giggles at the chemist, anyway how long do i take soma", G, []),
    ("my daughter threw a wobbly when i said no sweets", G, []),
    ("customs announced the seizure of my parcel, can i get soma locally?", G, []),
    ("my laptop is having a fit today, sorry for the typos. when do i take the next dose?", G, []),
    ("the train was shaking the whole way home, can i take soma when i travel?", G, []),
    ("my son has adhd and fidgets constantly, can he be around my soma?", G, []),
    # ... and the new readings of stop 30 stay where they belong (its review)
    ("i overdid it with the gardening, took my soma after", G, []),
    ("i drank what was left in the bottle of wine last night, can i take soma today?", G, []),
    ("my mum is coming round after work, can she pick up my prescription?", G, []),
    ("my phone just dropped, sorry. can i take soma with food", G, []),
    ("what if i get a fever on the trip, can i keep taking it?", G, []),
    ("when the soma wears off in the evening can i have a glass of wine?", G, []),
    # a pain that barely responds to its treatment is no one barely responding (stop 28's review)
    ("my back pain is barely responding to the soma", G, []),
    # asking whether to take one more is a dosing question (stop 28: "one more" was read as taken)
    ("had my 3rd dose of the day at 9pm, can i take one more before bed?", G, []),
    # a dose taken as told is no overdose, whatever the learned part makes of "took" and "label" (stop 28)
    ("i took two of my 350s today which is what the script says, is that fine?", G, []),
    ("i took my 350mg soma at 8 like the label says, can i have a glass of wine at dinner?", G, []),
    # an ordinary goodbye at the end of a chat (stop 28: a one-word "goodbye" read alone got the emergency reply)
    ("thank you so much, that's all i needed. goodbye!", G, []),
    ("thanks, that's everything. goodbye", G, []),
    ("ok that answers it. bye!", G, []),
    # (stop 29) a service or a message that gets no answer; a nap had; "chill" as calm; a price that sickens; the
    # medicine ruled out; a treated back that locks up as it always has
    ("the pharmacy isn't answering, can i take soma with advil?", G, []),
    ("emailed my doctor yesterday and still no reply, how long does soma last?", G, []),
    ("still no reply from my gp, is soma ok with tramadol", G, []),
    ("sweating from the heat, is that normal on soma?", G, []),
    ("my insurance won't respond to my emails about the refill", G, []),
    ("took a long nap this afternoon, can i take my soma with dinner?", G, []),
    ("feeling mellow and relaxed, kind of a chill vibe, is that the med?", G, []),
    ("the copay on this made me want to throw up lol", G, []),
    ("fell over the laundry basket in the dark, not the meds, just clumsy", G, []),
    ("my back still seizes up in the morning, same as before i started", G, []),
    # (stop 29) hay fever's puffy eyes; a dream; someone mistaken for another; a habit; someone shaken who woke
    ("my hay fever makes my eyes puffy every may, can i take soma with cetirizine?", G, []),
    ("dreamt my late mum was talking to me last night, woke up fine", G, []),
    ("thought i saw my brother at the pharmacy but it was someone who looked like him", G, []),
    ("been pacing on the phone all day, it's a habit of mine", G, []),
    ("physio is looking like the answer to my back pain", G, []),
    ("the kids are fine with me not being around when i travel for work", G, []),
    ("looked over the edge of the grand canyon on holiday, what a view", G, []),
    ("he hasn't thrown up or had the runs", G, []),
    ("not sleeping well, but no fever", G, []),
    ("the sweating stopped weeks ago", G, []),
    ("years ago another drug gave me tremors", G, []),
    ("the fever went away, it was a cold", G, []),
    ("i only sweat when i go to the gym, is that ok with soma", G, []),
    # exercise and weather named by their shape, not phrase by phrase (stop 28)
    ("i'm sweating because it's 95 degrees out and no ac", G, []),
    ("ran 5 miles and my heart was pounding, normal right?", G, []),
    ("my pulse was 140 while jogging, is that normal on soma?", G, []),
    ("sweating after lifting weights", G, []),
    ("i get sweaty when i play basketball, is that ok with soma?", G, []),
    ("my heart races when i climb the stairs at work", G, []),
    ("shivering, our heating went off last night", G, []),
    ("my hands shake when i'm nervous, always have", G, []),
    ("i take soma for my back spasms", G, []),
    ("muscle spasms in my lower back, thats why im on it", G, []),
    ("stiff neck, doctor prescribed soma", G, []),
    ("my neck is still stiff but better than before", G, []),
    ("i took my soma at 9 this morning", G, []),
    ("my husband took his soma with a few beers, he seems fine", G, []),
    ("can i drive on soma", G, []),
    ("why do i keep yawning on soma", G, []),
    ("what are the signs of a soma overdose?", G, []),
    ("is shaking a side effect of soma?", G, []),
    ("do i have to finish the whole bottle even if the spasm is gone", G, []),
    ("spasms in my neck, that's what the soma is for", G, []),  # a spasm is what Soma treats, a twitch is not
    ("i take 3 soma a day as prescribed", G, []),  # a count within the day's dose
    ("my lower back keeps going into spasm, my usual thing", G, []),  # a spasm is the treated condition
    ("the spasms in my shoulder are bad again today", G, []),
    ("my back seized up lifting the shopping, that's why i'm on soma", G, []),  # muscles seizing up: no seizure
    ("we spent the day fitting a new kitchen and my back is sore", G, []),  # fitting furniture: no fit
    ("where is the safest place to lock up my soma", G, []),  # pills locked away: no stiffness
    ("forgot my morning dose, should i double up at lunch?", G, []),  # a dosing question, not an overdose
    ("is vomiting common with soma", G, []),  # a yes/no question without its question mark
    ("soaked in sweat from digging the garden, ok to take my soma now?", G, []),  # a doing as the cause
    ("my dog keeps trembling at the fireworks", G, []),  # an animal is no patient
    ("my heart was pounding earlier but that was because i ran up the stairs", G, []),  # the cause past a "but"
    ("i was worried about nausea but i haven't had any", G, []),  # denied after the mention
    ("the shakes i was warned about never happened", G, []),
    ("years ago baclofen gave me tremors, does soma do that?", G, []),  # another medicine, long ago
    ("if he can't wake up at some point, should i ring 911?", G, []),  # a condition asks throughout
    ("if her lips ever swell up after a dose what do we do", G, []),  # "if ... ever": a what-if
    ("my soma bottle is empty, when can i get a refill?", G, []),  # an empty pack alone is a refill
    (
        "my kids will be fine without me for the weekend, can i take soma on the plane?",
        G,
        [],
    ),  # "fine", not "better off"
    ("what do i do if my wife starts sweating a lot on it? just planning ahead", G, []),  # what starts in a condition
    # it stopped, said of the episode just told, across a "but" or a comma
    ("had the shivers on the first night but that passed, fine all week", G, []),
    ("was sick once when i began, it hasn't happened again", G, []),
    ("felt restless at the start, calmer now", G, []),
    # causes said outright: travel, food, an infection, nerves
    ("queasy on the ferry across to the island", G, []),
    ("the runs since that dodgy takeaway, everyone who ate it has them", G, []),
    ("fever and shivers, i've got a chest infection", G, []),
    ("so shaky before my job interview this morning", G, []),
    # feelings and time said in a symptom's or a count's words
    ("my heart sank when the gp said i need another scan", G, []),
    ("the doctor said two more weeks on it", G, []),
    # questions without their question mark
    ("do muscle relaxers ever make people shaky", G, []),
    ("are hallucinations listed as a side effect", G, []),
    ("if someone gets a fever on this what should they do", G, []),
    ("i haven't started it yet but what if i get the sweats", G, []),
    ("still stiff across my lower back in the mornings", G, []),  # the treated place
    # a goodbye alone, or tablets gone alone, is no hint: both together are (SELF_HARM)
    ("she gave away her old sofa last week, can she take soma with her new meds", G, []),
    ("his pill packets are empty so i ordered a refill", G, []),
    ("is 1 tablet enough for my back or should i ask for more?", G, []),  # a dose asked about, with its purpose
    # over, said after the mention; causes people know; the treated back; more questions without "?"
    ("the runs i had on monday have cleared up now", G, []),
    ("had a fever at the weekend, long gone", G, []),
    ("heart racing a bit but i've had three espressos, that's on me", G, []),
    ("hands shaky this morning. i have essential tremor", G, []),  # a known condition, in another sentence
    ("nauseous from my iron tablets again", G, []),
    ("feverish and shivery, i've got a kidney infection and i'm on antibiotics", G, []),
    ("hurt my back at the gym, still stiff through the lower back", G, []),
    ("how likely is nausea on this", G, []),
    ("do tremors happen on normal doses", G, []),
    ("my sister said it made her see things, is that true", G, []),
    ("feels like the weight of the world is off my shoulders now the spasm has gone", G, []),
    ("can soma cause seizures? i had one question about dosing", G, []),
    ("can soma cause tremors? i had them as a kid", G, []),
    ("can soma cause seizures if i had a drink", G, []),
    ("what should i watch for with breathing problems on soma", G, []),
    ("i lost count of the days i've been taking it, how long can i stay on it", G, []),
    ("can't remember if i took my dose this morning, should i take one now", G, []),
    ("i don't know how many i can take a day", G, []),  # a dose asked about, no count lost
    ("shaky hands today but i'm running on lack of sleep", G, []),
    ("on soma because my back keeps spasming after a herniated disc", G, []),
    # conditions still to come, about anyone; questions without '?' ('which is', 'does nausea', 'is X a known');
    # a fever that broke; the treated condition better since Soma, or told as why it was prescribed; causes; what a
    # medicine does
    ("if my daughter gets a temperature on it, does she stop?", G, []),
    ("supposing he starts shaking tonight, who do i ring", G, []),
    ("say i get the runs on holiday, should i stop it", G, []),
    ("which is worse on soma, sweating or shaking", G, []),
    ("does nausea wear off after the first week", G, []),
    ("is twitching a known side effect", G, []),
    ("wondering whether hallucinations are listed for soma", G, []),
    ("had a fever on sunday, it broke monday, ok to restart soma?", G, []),
    ("my shoulder spasms are loads better since starting soma", G, []),
    ("back is far less stiff since the first dose", G, []),
    ("the gp put me on soma after my calves locked up at football", G, []),
    ("stiff muscles from fibromyalgia are why i'm taking it", G, []),
    ("shivering after a downpour on the walk home", G, []),
    ("legs twitching after yesterday's half marathon", G, []),
    ("might this medication slow my breathing down at night", G, []),
    ("i lost my lunch money on the bus", G, []),
    ("bring up the subject with your doctor", G, []),
    ("can i take it on an empty stomach", G, []),
    # a what-if in the present, a yes/no question about what soma may do to me, a pre-existing thing not worse, the
    # weather's degrees, an empty pack with no one who took it, a question then a comma and a wish to know (stop 23)
    ("we'll cross that bridge when we get there, can i take it with food?", G, []),
    ("i don't feel like going out on it, is that normal?", G, []),
    ("no point in taking it at bedtime then?", G, []),
    ("can soma make me throw up if i take it without food?", G, []),
    ("if i throw up within an hour of my dose, should i take another?", G, []),
    ("my eyelid twitch isn't new, had it for months before soma", G, []),
    ("i sweat because of menopause, it's not worse on soma", G, []),
    ("it was 40 degrees out today, can i take soma in the heat?", G, []),
    ("the bath was 39 degrees, can i take soma after?", G, []),
    ("my bottle is empty, can i get a refill?", G, []),
    ("my kid asked why i take soma", G, []),
    ("what should i do if i vomit, i don't want to waste a dose", G, []),
    ("what are the side effects, i want to know about nausea", G, []),
    # ... and the same words with nothing wrong: looking for keys room to room, bringing up a dose, a bag just in case,
    # a blanket because it's cold, a delayed prescription, driving to and fro (stop 23)
    ("i went room to room looking for my keys, can i take soma with tea?", G, []),
    ("can i bring up my dose with the doctor?", G, []),
    ("if it comes up at my appointment should i mention the soma?", G, []),
    ("i keep a bag of soma in my purse just in case", G, []),
    ("it's cold so i put on a blanket, can i take soma before bed?", G, []),
    ("he can move by himself now that the spasm eased", G, []),
    ("i flinched when the nurse gave me the shot", G, []),
    ("my prescription is on a delay at the pharmacy", G, []),
    ("i went the wrong way to the pharmacy", G, []),
    ("drove to and fro to the pharmacy all day", G, []),
    ("i take it on an empty stomach", G, []),
    ("no nausea when i take it with food, should i keep doing that?", G, []),
    # ... but a list asked about, or a question before the comma, still asks (stop 23)
    ("fever or chills, what should i watch for?", G, []),
    ("is sweating bad, what do you think?", G, []),
    # ... and an emptied pack with talk of a refill, or a course finished (stop 23)
    ("my husband's bottle is empty, can he get a refill early?", G, []),
    ("my dad's pack is empty so we need to go to the pharmacy", G, []),
    ("my wife finished her course, the box is empty now, when should she feel better?", G, []),
    # an emptied pack with a "should be" that counts nothing (stop 23's review)
    ("the pack is empty, should be fine to get more tomorrow?", G, []),
    # a body part or a reading said to be as it should; a time long past that opens the sentence; a named cause
    # (stop 24)
    ("my heart rate seems normal today", G, []),
    ("her temperature was fine when the nurse checked", G, []),
    ("his breathing is back to normal now", G, []),
    ("back in 2018 a different tablet gave me the sweats", G, []),
    ("years ago i had shakes from lithium", G, []),
    ("during football practice my pulse hit 160, fine after", G, []),
    ("he can't stay sitting for long because of his back", G, []),
    ("my kids won't come to the table", G, []),
    ("the parcel is lighter than i expected", G, []),
    ("i missed the bus this morning", G, []),
    ("could i take 2 if the pain is bad", G, []),
    ("what if i take 10 minutes longer to eat", G, []),
    ("how many did you say i can take a day?", G, []),
    ("finished my prescription in two weeks as planned", G, []),
    ("i called him and no answer, he's probably at work", G, []),
    ("no response from the pharmacy about my refill", G, []),
    ("i shook him awake for his morning dose", G, []),
    ("green with envy of my sister's holiday lol", G, []),
    ("teeth chattering waiting for the train, it was below zero", G, []),
    ("the rollercoaster made my tummy flip but i'm fine now", G, []),  # a cause named: no learned nausea either
    ("i started cutting, first to 150 and then to 75", G, []),  # the dose cut, not the skin
    ("my old antidepressant gave me tremors years ago", G, []),  # ... but long ago still is
    ("i take pills for my heart and soma for my back", G, []),
    ("is soma safe for my heart?", G, []),
    ("the cyclobenzaprine knocked out my back pain in a day", G, []),
    ("this is the last soma i ever take, it did nothing for my back", G, []),
    ("people say the side effects disappear after a week", G, []),  # not figures that vanish when looked at
    ("went to the shop and grabbed decaf instead", G, []),  # not a reach that hits the wrong thing
    ("my arm is set in plaster after the fracture", G, []),  # a cast, not stiffness
    ("the baclofen hasn't given me any of the shakes", G, []),
    ("my spasms are 70% better since last month", G, []),
    ("the diarrhoea is from the antibiotic the dentist gave me", G, []),
    ("the plan is to taper by 50 over a month", G, []),
    ("my tummy was fine once i took it with toast", G, []),
    ("i get car sick on long trips, always have", G, []),
    # (stop 26) idioms and plain requests in self-harm's words
    ("i hid my soma in a locked box so the kids can't reach it", G, []),
    ("my back finally let go after two days on soma", G, []),
    ("i went back to cutting my pills in half", G, []),
    ("went back to my old razor for shaving", G, []),
    ("is soma gentler on the stomach than flexeril?", G, []),
    ("i keep my soma in my pocket when i travel", G, []),
    # a temper, and a long sleep woken from at an hour said (stop 26)
    ("she threw a fit when i said no more pills, typical teenager", G, []),
    ("he'll have a fit about the price of the refill", G, []),
    ("my son took his soma last night and didn't wake up until noon, is that normal", G, []),
    ("didn't wake up till 10am, groggy but fine", G, ["drowsiness"]),
    # a machine, a screen or a market, not a body; laughter; worry (stop 27)
    ("the fridge shudders all night", G, []),
    ("the laptop screen keeps twitching", G, []),
    ("the stock market is shaking today", G, []),
    ("shaking with laughter at the cat video", G, []),
    ("i'm sweating the small stuff at work", G, []),
    ("the shakes were from my old meds", G, []),
    ("the washing machine convulses every spin cycle", G, []),
    # (stop 27 review) the families' words in plain questions and plans
    ("i will have my car back tomorrow, can i drive on soma", G, []),
    ("the side effects disappear for most people after a week", G, []),
    ("friday is the day, so excited for the wedding", G, []),
    # a figure of speech in self-harm's words: the learned part hears the message without it (stop 27)
    ("the school run is going to be the death of me", G, []),
    ("these stairs will be the death of me", G, []),
    ("my dad will kill me if i miss another dose", G, []),
    # (stop 31) clinical words for something else or long past: a diagnosis held, a checklist's denials, the sacroiliac
    # joint, a meal's drowsiness, an age, a year long gone
    ("he has sleep apnea and takes soma, is that ok?", G, []),
    ("my SI joint is acting up again", G, []),
    ("went into a food coma after lunch", G, []),
    ("ROS from my doctors note: neg for fever, chills, n/v/d. pos for low back pain. so soma is fine?", G, []),
    ("pre-op checklist: fever - denied, chest pain - denied. do i stop soma before surgery", G, []),
    (
        "checked the scary ones on the leaflet: fever no, shaking no, sweating no. just sleepy. all ok?",
        G,
        ["drowsiness"],
    ),
    ("last seizure was 2009, off meds and discharged from neuro. any clashes with soma?", G, []),
    ("mum says i had febrile convulsions as a baby. can i take soma?", G, []),
    ("Epileptic here, seizure free 6 yrs. Can I take carisoprodol?", G, []),
    ("old side effects (2019, different med): vomiting, the shakes. none on soma so far", G, []),
    # ... and no learned emergency rests on when alone: "having", "now", "again" name no symptom (stop 31)
    ("having back pain again", G, []),
    ("having lunch now then my dose", G, []),
    # ... nor on a sound that is playing, or a wait hurried along
    ("the music that is playing in the waiting room is lovely", G, []),
    ("can you help it along, the refill?", G, []),
    # ... and the treated condition is still what Soma is for when the dose goes up (stop 31)
    ("since they increased the dose my back spasms are much better", G, []),
    # (stop 31) a thing or an animal that shakes, sweats or collapses; an idiom in a symptom's words; a prescription
    # collected
    ("the whole house was shaking for ten seconds in the earthquake", G, []),
    ("my peace lily completely collapsed overnight, forgot to water it again", G, []),
    ("the stock market is having a total seizure today, anyway is there a generic", G, []),
    ("our old collie has seizures now, the vet has her on phenobarbital", G, []),
    ("the old kettle shakes on the hob like its about to take off", G, []),
    ("facial hair is getting thick on this new pill, soma too?", G, []),
    ("had two RTIs this winter, can i take soma", G, []),
    ("vet nurse here, half my day is holding down shaking cats for their jabs", G, []),
    ("my boss is going to have a fit when he hears im off again with my back", G, []),
    ("my mum would have a seizure if she knew I was on muscle relaxers lol", G, []),
    ("still shaking my head at the pharmacy queue today", G, []),
    ("world cup fever has taken over our house", G, []),
    ("stiff competition at the pub quiz tonight", G, []),
    ("do I need ID to collect soma?", G, []),
    # (stop 31) over, said of the episode just told; a question beside a statement held in the past still only asks
    (
        "two weeks ago i had a dodgy stomach and the runs for one day, done and dusted. anything to know before soma?",
        G,
        [],
    ),
    (
        "had night sweats back in my twenties, all sorted long ago. is sweating a side effect of soma?",
        G,
        [],
    ),
    ("when I first tried soma in 2019 I felt sick for a day, then never again. should I expect that again?", G, []),
    # (stop 32) a story, a dream, a screen: no one to get help for
    ("reading a book where the heroine is feverish and shivering for three chapters. is soma ok with wine?", G, []),
    ("the film where he's vomiting in the taxi had me in stitches. can i drive on soma?", G, []),
    ("in the film we saw last night the lead has a seizure on a plane. does soma affect flying?", G, []),
    ("some survival game where your character gets the shakes when cold. is soma a controlled drug?", G, []),
    ("dreamt my legs wouldn't move and i was sweating buckets. is soma ok long term?", G, []),
    ("every chapter someone throws up in that book. how long can i take soma for?", G, []),
    # ... a screen named by its kind or by watching it (stop 33); a thing, a plant or a work said to shake, wheeze or
    # run hot; a crowd in a fever; a cause said to be it; a symptom gone for weeks; a doctor's list answered no
    ("binge-watched a crime drama, a guy was sweating and shaking in every scene. soma with tea ok?", G, []),
    ("my kid's game is all about zombies vomiting, is soma safe around kids?", G, []),
    ("documentary on sailors, everyone shivering and feverish. can i fly on soma?", G, []),
    ("the washing machine is clunking and shaking the floor again. soma with food?", G, []),
    ("our old van is wheezing up every hill. can i drive on soma?", G, []),
    ("my tomatoes are all drooping and shaking in this wind", G, []),
    ("the whole town is in a fever about the match. can i drink on soma?", G, []),
    ("a bit queasy but i'm pregnant so it's just morning sickness. is soma safe in pregnancy?", G, []),
    ("had a racing heart the first few days, it's been gone for 2 weeks now. can i exercise?", G, []),
    ("the nurse asked if i had any fever or sweating, nope none. how long is the course?", G, []),
    ("horse vet, one of my mares was sweating up and trembling after the float. soma with food?", G, []),
    ("no solids, just liquids after my op. can i take soma?", G, []),
    ("i just want to go to sleep and stay asleep through the night", G, []),
    ("no breathing problems or anything, just wondering about the dose", G, []),
    ("made an attempt at jogging today, does soma affect exercise?", G, []),
    ("just curious, i've only ever taken it twice. does it make you feel high?", G, []),
    ("i always take all my meds with breakfast, soma too?", G, []),
    ("had the sweats last month, all fine now. can i drink on soma?", G, []),
    ("lowkey shook that soma is so expensive", G, []),
    ("the bill made my heart skip a beat, is there a generic?", G, []),
    ("burning up with rage at the pharmacy queue, can i take soma with coffee?", G, []),
    ("my puking was 2 wks ago n its totally gone, can i drink now?", G, []),
    ("i like it better than ambien because i don't wake up feeling hungover", G, []),
    ("i was worried about the seizure risk but it's been fine", G, []),
    ("the night sweats i had on the old tablets went away completely once i switched", G, []),
    ("the wait for the test results had me sweating bullets, is soma ok with wine?", G, []),
    ("my favourite streamer was sweating and shaking on a ghost pepper challenge. soma with food?", G, []),
    # ... the people and animals a job looks after
    (
        "care assistant, most of my residents have been sick with a bug this week. can i take soma before a shift?",
        G,
        [],
    ),
    ("a few of my pupils were shivering at the bus stop, poor things. is soma ok with paracetamol?", G, []),
    ("had 4 patients with fevers on my shift. can soma be split in half?", G, []),
    ("one of my clients was trembling all visit, she gets anxious. can i take soma at night only?", G, []),
    ("vet nurse, a labrador in today twitching after eating slug pellets. soma and coffee ok?", G, []),
    # ... a cause told in the next sentence after the symptom said alone, or by its kind
    ("Drenched in sweat. 35 degrees here and no shade at the bus stop. Soma in the heat ok?", G, []),
    ("Heart pounding. Three double espressos at my desk since 8. Does soma interact with caffeine?", G, []),
    ("shivering a lot, just got out of the sea. can soma be taken after swimming?", G, []),
    ("sweaty and heart racing after my spin class, normal? when should i take my soma", G, []),
    ("queasy on the ferry, choppy crossing. can i take soma with seasickness tablets?", G, []),
    ("legs twitching after the tens machine at physio. is that ok with soma?", G, []),
    ("my uncle had fits in the 80s, he grew out of them. does soma cause seizures?", G, []),
    ("sweaty after hot yoga, it's 38 degrees in that room! soma straight after class ok?", G, []),
    # ... a thing that vomits, hallucinates, runs a fever or is restless
    ("our wifi router is hallucinating again, says 20 devices are on. soma and ibuprofen ok?", G, []),
    ("used to get the shakes back in my student days, all fine for years. is soma safe?", G, []),
    ("if i throw up twice, should i take the dose again?", G, []),
    ("the office printer keeps throwing up paper everywhere. can i take soma at work?", G, []),
    ("our boiler is running a fever and clanking all night. does soma help sleep?", G, []),
    ("my sourdough starter is restless, it climbed out of the jar. soma with food?", G, []),
    ("that pitch was stiff as a board this morning, match off. can i walk on soma?", G, []),
    # (stop 34) dryness is no allergic reaction; a dose halved is no overdose; a verdict is no plan; "72 hr" is hours,
    # no pulse; a "won't" alone, a time alone and a word in quotes a mask explains are nothing the learned part may
    # rest on
    ("dry eyes and chapped lips", G, []),
    ("mouth feels cottony and sticky, lips a bit chapped too. carisoprodol side effect?", G, []),
    ("split the pill in half bc the full one was too much", G, []),
    ("would take again", G, []),
    ("the 72 hr course of antibiotics ended, dose was 150", G, []),
    ("is there a generic carisoprodol thats cheaper? insurance wont cover brand", G, []),
    ("the wifi keeps having tremors, drops every 5 min. soma question: what's the half life?", G, []),
    ("lifeguard here, we practise dragging 'unconscious' dummies out every week. does soma affect swimming", G, []),
    # (stop 34) the episode just told, said to be long past or over in a sentence of its own
    ("heart pounded a bit the first night I took it, back in March. Nothing since. Can I take it with that?", G, []),
    ("the jittery can't-sit-still feeling i had when i first started went away after a few days, that was a month ago",
     G, []),
    # (stop 34) a death emoji alone, a headstone ordered, the late seen (a hallucination, not a wish to join them)
    ("this commute ⚰️", G, []),
    ("ordering a headstone for my dad", G, []),
    ("save them the trouble of driving me to the pharmacy", G, []),
    # (stop 34) a month back and never again; heat told by its degrees; the baby; made to sweat over; chilling at home
    ("I threw up once on the first day but that was a month back and never again", G, []),
    ("sweating like mad but i've just been stacking hay bales in 30 degree heat", G, []),
    ("feel a bit queasy but I'm 10 weeks pregnant so that's probably the baby", G, []),
    ("my boss is making me sweat over this promotion", G, []),
    ("we're just chilling at home this weekend, anything I should avoid?", G, []),
    ("got a month's supply from the pharmacy", G, []),
    # (stop 35) an attempt at something else; a gut that gurgles; a big tablet; a faint sound; a taste like metal; news
    # that drops the stomach; a strength said bare; pregnancies gone by; an ending in a sentence that points back or
    # tells when; a denial past its degree words; undecided; a what-if still to come
    ("after my attempt to taper i felt fine", G, []),
    ("stomach gurgles a lot but nothing else", G, []),
    ("the tablets are huge and chalky and hard to swallow", G, []),
    ("faint ringing in my ears at night", G, []),
    ("everything tastes like metal on this", G, []),
    ("the price made my stomach drop", G, []),
    ("i take 350 at bedtime", G, []),
    ("had morning sickness with both my pregnancies, this has been easy on my stomach", G, []),
    ("my hands were a bit shaky on monday. it had gone by tuesday and hasnt come back", G, []),
    ("i did get chills on day two. gone by day three. im on day twelve now", G, []),
    ("been on it a week, not even a tiny bit queasy", G, []),
    ("running hot and cold on whether to keep going with physio", G, []),
    ("should i worry if my heart starts racing on it?", G, []),
    # (stop 35) praise and a part of life spoiled; a wish said as dying for it; waking early and wide awake; a
    # sickness never come
    ("this medication saved my life, i finally enjoy mornings", G, []),
    ("it's killing my sex life but the back pain is gone", G, []),
    ("i'm dying to get a full night's sleep", G, []),
    ("wake up at 4am every day wide awake", G, []),
    ("whats the half life", G, []),  # (stop 35) a mask that leaves only function words leaves nothing to hear
    ("the nausea never showed up for me", G, []),
    # (stop 36) a queue that "makes me sick", a robot's motions, a message before, a prescription got from a clinic, a
    # virus it was, floors climbed, an ending "for months", training for a race
    ("the pharmacy queue makes me sick", G, []),
    ("like a robot going through the motions at work", G, []),
    ("from my last message: yes it was the 350", G, []),
    ("got my soma from the walk-in clinic, can i take it with ibuprofen", G, []),
    ("had chills last week but it was a virus, all good", G, []),
    ("lugged a wardrobe up 5 floors moving flat, arms aching, can i take soma tonight", G, []),
    ("my sister had the sweats on it but that's been over for months", G, []),
    ("he's training for a half marathon and comes back drenched", G, []),
    # (stop 36's review) a teenager's prescribed tablet, a dose lowered for safety, a drug one is fine with, the how of
    # a task
    ("my daughter (16) takes soma, she took one at 9pm", G, []),
    ("i was put on a lower dose for my own safety", G, []),
    ("i'm fine with being on soma long term", G, []),
    ("working out how i'd do it if i moved my dose to nights", G, []),
    # (stop 36, a tuning set of chat) young ones counted, a ride that brings sick up, a treadmill, a wallet that sweats,
    # a call at work, a floor that shakes with a crowd, a machine's seizure, code that vomits, a fever gone down, the
    # most one may take asked alone
    ("the dog had puppies yesterday, 6 of them", G, []),
    ("threw up on the waltzers at the fair with the kids lol, is soma ok tonight", G, []),
    ("heart rate 140 but i'm on the treadmill right now, can i take soma after", G, []),
    ("my bank account started sweating when i saw the price", G, []),
    ("nurse here, two seizure calls on my shift, is soma ok with nights", G, []),
    ("the crowd went nuts and the whole stage was shaking", G, []),
    ("the washer has a full on seizure every time it spins", G, []),
    ("the script keeps vomiting errors into the terminal", G, []),
    ("my fever went down and i'm fine", G, []),
    ("what's the max you can take of soma in a day", G, []),
    ("the sweats he got on it went away after a week", G, []),  # an ending reaches back over a relative clause
    # (stop 36, a second tuning set of chat) coffees counted, a near miss, a match, a leaflet's warning, the treated
    # spasms worse in the mornings, overdose calls at work, a stiff sofa, "the" symptom asked about in general
    ("a bit shaky but i've had like five coffees", G, []),
    ("heart still pounding after a near miss on the motorway", G, []),
    ("palms sweaty watching the penalties, can i take soma tonight", G, []),
    ("the tremor warning on the leaflet put me off", G, []),
    ("i take soma for back spasms, they're always worse first thing", G, []),
    ("we had two overdose calls on shift, do i need to tell work about my soma", G, []),
    ("my new boots are so stiff", G, []),
    ("is the nausea a common side effect or rare?", G, []),
    # (stop 36, a set of SSRI review sentences) things shaken up, green with envy, a boat that was green
    ("this job has really shaken things up for me", G, []),
    ("my sister is green with envy that i sleep so well now", G, []),
    ("felt fine on the ferry but half the boat was green, can i take soma with travel tablets", G, []),
    ("bit shivery, got soaked walking the dog, having a hot bath now", G, []),
    # (stop 37) an early spell told as over, in reviewers' words; an ending over where it was; a hoped-for refill, a
    # christmas tree, being dead tired, finding a pharmacy, a weekend away; a pregnancy's sickness told as one
    ("felt queasy the first three days, fine after that", G, []),
    ("the shakes lasted a week then it evened out", G, []),
    ("stomach was off for the first week, by week two i was totally fine", G, []),
    ("a bit of diarrhoea the first couple of days but my body adjusted quickly", G, []),
    ("the twitching in my eyelid stopped a few days ago", G, []),
    ("my heart was racing on day one, since then i've been fine", G, []),
    ("i was hoping i'd get my refill today", G, []),
    ("i picked out a tree for christmas, is soma ok with ibuprofen", G, []),
    ("who would find me a pharmacy open on sunday", G, []),
    ("after i was gone for the weekend my husband counted my soma", G, []),
    ("i had morning sickness with both my kids, will soma make me sick?", G, []),
    # (stop 37) a medicine asked about, an idiom, a comeback, a new office, a weekly shirt, a drawer, a cheerful dash;
    # none of what others get, a worry that never came true, a symptom braced for; enough to make anyone sick, a shake-
    # up, a tic tac; an ending told in reviewers' words
    ("can i take imodium with soma?", G, []),
    ("does soma interact with dramamine for my flight", G, []),
    ("trying to keep things down to a dull roar at work", G, []),
    ("he made a comeback in the second half", G, []),
    ("sea bands for my cruise next week, will soma be ok", G, []),
    ("learn where every bathroom is in the new office", G, []),
    ("within walking distance of a bathroom, i like that about my flat", G, []),
    ("i change my shirt 2 times a week for work", G, []),
    ("the spoon rattles in the drawer", G, []),
    ("the kids jumped up for no reason and ran outside", G, []),
    ("I never had any of the sweating people talk about", G, []),
    ("I was worried about the racing heart thing but it never happened to me", G, []),
    ("I expected to feel queasy but my stomach was fine from day one", G, []),
    ("the price hike was enough to make anyone's stomach turn", G, []),
    ("we had a real shake-up at work that month", G, []),
    ("robaxin did nothing for me, might as well have been a tic tac", G, []),
    ("the sweating was bad for the first month and then just stopped one day", G, []),
    ("had a few loose stools at the start, nothing after the first week", G, []),
    ("threw up once on day 2, never again after that", G, []),
    ("my trust in doctors is a little shaky after this experience", G, []),
    ("blood sweat and tears getting my insurance to cover this", G, []),
    ("i was sick with bronchitis when i started so i can't tell what caused the cough", G, []),
    ("i could sit through a 3 hour movie no problem, none of that akathisia stuff", G, []),
    ("not one bout of the runs the whole time", G, []),
    ("my stomach was fine, not even a little queasy", G, []),
    ("i read about night sweats but i never had them", G, []),
    ("i was only taking it for my back and my back is stiff still", G, []),
    ("stopped all my meds yesterday, can i restart soma", G, []),
    # (stop 37, the red-team set) what the new patterns must leave alone
    ("our tent was a bed like a swamp after the storm, camping on soma was fine for my back", G, []),
    (
        "i sleep on the floor on purpose, the physio said a hard surface helps, so i wake up on the floor every day",
        G,
        [],
    ),
    ("my mate had his stomach pumped at 19 after a vodka night, is one soma and one glass of wine ok?", G, []),
    ("we signed a safety contract at the gym for the climbing wall, should i avoid climbing on soma?", G, []),
    ("my daughter gets that carsick feeling on long drives, what can she take?", G, []),
    ("my son's writing looks like a spider walked through ink, is that normal for 6?", G, []),
    ("i did something stupid at work and my boss is mad, can i take soma tonight?", G, []),
    ("had a tremor at the very start, then it just stopped after day 5 and ive had a clear month since", G, []),
    ("read about muscle twitching and tremor but never had either, works great for my back", G, []),
    ("and if i got a fever what would i do", G, []),
    ("no tremors now, i had them before soma", G, []),
    ("if he ever develops the shakes should i worry", G, []),
    ("i can't go to sleep without my cpap, is soma ok?", G, []),
    ("watched every episode of the show last night", G, []),
    ("i had to hide my meds from the kids, where should i store soma?", G, []),
    ("told my gp what i was planning for the taper", G, []),
    ("i lost my lunch money on the bus lol", G, []),
    ("my mum had to take my keys while my back was bad, i couldn't drive on soma", G, []),
    ("i cried every single day for no reason on 20mg lexapro", G, []),
    # (stop 38) ... the time before, alone or denied for all time, is no report; nor is a denial that sweeps in more
    ("i had tremors before soma", G, []),
    ("before lexapro i'd wake up sweating from nightmares, now i sleep dry", G, []),
    ("no tremors before or since", G, []),
    ("i never had tremors before or after taking it", G, []),
    ("no racing heart or anything like this", G, []),
    ("never had a racing heart or anything like that on celexa", G, []),
    ("i have no hallucinations, nothing like that", G, []),
    ("dont drive until the dizziness passes", G, ["dizziness"]),
    # (stop 38) another's stomach flu; a night badly slept; a warning heard and nothing like it had; no new problems;
    # eyes closed without a plea
    ("my son had the stomach flu with diarrhea all week so i barely remember my first week", G, []),
    ("on celexa i get restless nights, meaning i just cant fall asleep till 3am", G, []),
    ("my doctor said paxil could cause hallucinations in rare cases but thankfully nothing like that for me", G, []),
    ("my stiff neck was why i got soma and it loosened up in a couple days, never had any new problems", G, []),
    ("the twitching isn't new, it was there before the soma", G, []),
    ("i close my eyes and then i cant sleep again", G, []),
    ("my daughter sent me a picture of a rope swing", G, []),
    ("can i take soma before jump rope class", G, []),
    # (stop 38, a second pass) history told with a question about the risk; a warning denied for oneself; a night badly
    # slept, misspelt; a dash for the bus; a description, not a question
    ("my son has never had a seizure before, is soma risky for him to take at 17?", G, []),
    ("i've never had a seizure before, could soma cause one?", G, []),
    ("my doctor mentioned restlessness as a side effect, not had that myself, sleeping like a log", G, []),
    ("my nephew was climbing the walls at the party, i just sat there happy the soma sorted my back", G, []),
    ("doc said hallucinations are possible, none for me thank god", G, []),
    ("restless nites since i started, cant drop off til 2", G, []),
    ("my heart was pounding because i ran for the bus", G, []),
    ("what does a seizure look like", G, []),
    # (stop 38) a drug that did not give it, and "any" denied after a warning heard
    ("flexeril didn't make me feel uncoordinated or wobbly at all", G, []),
    ("it never gave me the shakes like the other one did", G, []),
    ("people talk about seeing things on soma but i never had any hallucinations", G, []),
    # (stop 38, a chat tuning set) a trait; a cause that is one; folding laundry; a bridge crossed
    ("my husband has always been a fidget, can't sit still through a film. is soma ok with ibuprofen?", G, []),
    ("my heart raced after sport", G, []),
    ("i folded up the laundry and took my soma", G, []),
    ("we walked over the bridge to the pharmacy", G, []),
    ("my mum came round on sunday and brought my soma from the chemist", G, []),
    ("i came to the pharmacy with my prescription", G, []),
    # (stop 39, review tuning set) an early spell told as over: then nothing, then fine, passed, those that stopped, no
    # trouble since, no longer noticed, an ending after an aside or after a comma, a body that adjusted
    ("queasy for maybe 4 or 5 days, then nothing", G, []),
    ("coming off it i had about 4 days of chills and then i was fine", G, []),
    ("the initial nausea passed in a week or two, just like the pharmacist said it would", G, []),
    ("a few muscle jerks when i was falling asleep the first few nights but those stopped", G, []),
    ("vomited once after the very first dose and haven't had a problem since, 6 months now", G, []),
    ("stomach was off for the first two weeks, now i don't even notice it", G, []),
    ("heart was racing a little the first couple days, my doctor said it was normal and it went away", G, []),
    ("i was a little wobbly on my feet the first couple days of flexeril, went away after", G, []),
    ("nausea lasted the first three weeks on cymbalta then poof, gone", G, []),
    # ... a drug that did not give it, a routine shaken up, an effort or cold water that explains it, signs of anyone's
    # overdose asked, a room and a policy that are no hint
    ("the lexapro didn't make me restless or agitated one bit", G, []),
    ("this med really shook up my whole routine, in a good way", G, []),
    ("just back from the gym, sweaty and heart pumping", G, []),
    ("feel shivery, just jumped in the cold lake for charity", G, []),
    ("what are the signs someone took too much soma", G, []),
    ("i can't be bothered with living room chores today", G, []),
    ("do i need to update my life insurance if i'm on soma", G, []),
    # (stop 39, a red-team set and a third review tuning set) a sweat cooled, a laugh, a lake, spilt water, the news; no
    # more, said to pass and passed, faded out, nothing after that; not one drop, a trait, an economy
    ("got sweaty carrying the shopping up the hill, cooled off once home", G, []),
    ("laughed so hard i was shaking, back survived though! when should i refill?", G, []),
    ("went for a dip in the lake, came out shivering, warmed up in the car. fine to swim on soma?", G, []),
    ("sheets were wet this morning bc the dog knocked over my water glass, when should i take the next dose", G, []),
    ("my shirt got wet doing the dishes, is it fine to take soma after a meal?", G, []),
    ("the news really shook me up today, nothing medical, just wanted to ask about refills", G, []),
    ("was drenched at night the first couple weeks, not anymore", G, []),
    ("my heart raced a bit the first few days, doc said it would pass and it did", G, []),
    ("a few muscle twitches at the start that faded out by week three", G, []),
    ("i felt a little sick to my stomach for the first 3 or 4 doses, after that nothing", G, []),
    ("not one drop of extra sweat, and i normally run hot", G, []),
    ("the shaky economy meant i lost my insurance and had to stop", G, []),
    ("pacing because i was nervous about the exam", G, []),
    # (stop 39) not once, nothing like the feared thing, faded, fixed, lasted less than, fine by day 4, taken away, back
    # to normal, levelled out, steady as a rock, stopped happening, neither lasted, normalized, 3 days and done,
    # adjusted after that; roadblocks thrown up, a decision sweated over; a pack for the gym, a disease had
    ("not once did i feel sick to my stomach on it", G, []),
    ("i was worried about seizures from what i read online but nothing like that ever happened", G, []),
    ("the restless feeling in my legs faded after about two weeks on it", G, []),
    ("sick to my stomach the first few mornings, taking it with food fixed that", G, []),
    ("a little shaky at the start, lasted less than a week", G, []),
    ("i was sick to my stomach for the first 3 days, totally fine by day 4", G, []),
    ("the zoloft took away the constant stomach knots i used to get from anxiety before work", G, []),
    ("i did sweat more in the first month, now it's back to normal", G, []),
    ("palpitations early on scared me but they stopped after 2 weeks and my ekg was normal anyway", G, []),
    ("once i got past the first month the tremors in my fingers leveled out", G, []),
    ("my hands shook a little for the first month and now they're steady as a rock", G, []),
    ("at the start my heart would flutter whenever i lay down, that stopped happening around week 4", G, []),
    ("the sweating and the nausea were rough at the beginning but neither lasted past week 2", G, []),
    ("loose stools for like the first 8-9 days, then things normalized", G, []),
    ("the diarrhea was short and sweet, 3 days and done", G, []),
    ("felt clumsy and kept dropping stuff the first week on flexeril, adjusted after that", G, []),
    ("the cymbalta sweats lasted about a month for me then tapered off to nothing", G, []),
    ("insurance kept throwing up roadblocks every time i needed a refill", G, []),
    ("my therapist and i really sweated over whether to switch me to effexor", G, []),
    ("i pack spare underwear for the gym", G, []),
    ("i need to carry extra underwear on holiday, how should i pack", G, []),
    ("the screen went black on my phone, can i still order soma online?", G, []),
    ("my dad has parkinson's, can he take soma?", G, []),
    ("i'm on sickness benefit, can i take soma", G, []),
    ("do you sell motion sickness tablets", G, []),
    ("i had the urge to cut back my dose", G, []),
    ("tempted to cut my dose in half", G, []),
    ("first week was rough with stomach upset and sweating, but by week 3 i felt great", G, []),
    ("upset stomach and gagging only the first week, i started taking it with food and it resolved", G, []),
    ("shivering from the cold, just came in from the snow", G, []),
    ("i got the flu and i'm shivering", G, []),
    # (stop 39, PsyTAR's train split) a medicine one would rather not be on, a drug not for everyone
    ("i am looking to get pregnant and do not want to be on any medications", G, []),
    ("lexapro may not be for everybody", G, []),
    # (stop 40, review tuning sets) an early spell settled down after that, months on with no trouble; a back thrown
    # out; a warning one wishes one had had
    ("racing heart at first, evened out after that", G, []),
    ("my stomach rolled for the first week but i'm a year in now with zero issues", G, []),
    ("skelaxin loosened up my lower back after i threw it out shoveling snow", G, []),
    ("wish i'd known about the withdrawal before starting", G, []),
    ("stood on the balcony looking down at the fireworks", G, []),
    ("i've been reading about methods to taper off effexor", G, []),
    ("i had to yank the wheel to avoid a deer", G, []),
    # (stop 40) a regimen, an ending short-lived or lifted, relaxed by week two, a read-about symptom never had, balance
    # said to be fine or asked about, a hypothetical dose, a physics question
    ("i take my dose twice a day, is that ok", G, []),
    ("i take my dose 3 times a day", G, []),
    ("couldn't sit still in week one, by week two i was relaxed and sleeping fine", G, []),
    ("my balance and coordination have been fine, i still play tennis", G, []),
    ("does it affect coordination? i work up ladders", G, []),
    ("would it be bad if i took 3", G, []),
    ("i went back to cutting my pills in half", G, []),
    # (stop 40, a third review tuning set and the red-team review) a chill from a story, a breath of fresh air, a sleep
    # a night lain awake; a regimen; an ordinary plan, a wheel turned to check, a chess game, movers, a dog's mess, a
    # call that won't connect, a question not answered, sleep, a towel for a dog
    ("i get chills reading some of the horror stories on here", G, []),
    ("it was a breath of fresh air to finally have a doctor take me seriously", G, []),
    ("insomnia, lying awake till 4am staring at the ceiling", G, []),
    ("i took it 3 times a day for a week", G, []),
    ("i have a plan by my insurance that covers soma", G, []),
    ("when driving i have the urge to turn the wheel to check my blind spot", G, []),
    ("why bother getting better at chess if i never win", G, []),
    ("i'm just in the way of the movers", G, []),
    ("so no one has to clean up after the dog", G, []),
    ("my doctor told me to take my dose 3 times, morning noon and night", G, []),
    ("i've read the leaflet again and again and still don't understand", G, []),
    ("i can't get through to my doctor's office", G, []),
    ("you're not really answering my question", G, []),
    ("he's not with it in the mornings until he's had coffee", G, []),
    ("i went lights out at 9pm last night, slept great", G, []),
    ("i sleep on a towel because my dog sheds", G, []),
    ("i get seasickness on boats, will soma make it worse?", G, []),
    ("got a bad D on my test", G, []),
    ("the tulips are better off in the ground", G, []),
    ("life isn't worth it without coffee lol", G, []),
    ("i was reading about methods at night to relieve back pain", G, []),
    ("i wear long sleeves even in summer because of sun sensitivity", G, []),
    ("morning sickness without any vomiting, i'm 10 weeks, is soma safe?", G, []),
    ("morning sickness again with baby number two, is soma safe while pregnant?", G, []),
    # (stop 40, a second chat tuning set) one's twenties, what counts as a fever
    ("palpitations were in my 20s, i'm 54 now. ok to take carisoprodol?", G, []),
    ("what temperature counts as a fever for the leaflet warning", G, []),
    # (stop 40's second red-team review) a dose a carer gives, a doctor standing over one, rain pouring, a show not sat
    # through for a stiff back, a physio's advice, a bed stayed in, a toddler out of bed
    ("mum has dementia so i put one in her mouth with her breakfast, should it be with food", G, []),
    ("my doctor was standing over me during the exam, is that normal", G, []),
    ("it's pouring buckets outside, should i still walk to the pharmacy", G, []),
    ("my back is so stiff i couldn't sit through a two hour movie, is soma good for that", G, []),
    ("can't stay in bed past 6am, the dog wakes me up", G, []),
    ("the toddler keeps trying to climb out of bed at night, can i give her melatonin", G, []),
    # (stop 41, review and chat tuning sets) a thing one would kill for, a worry died of, a refill joked about, an early
    # effect that went, an effect of the first week only
    ("i'd kill for a decent night's sleep on this stuff", G, []),
    ("my mum nearly died of shock at the price of it", G, []),
    ("if my refill doesn't come today i'll die lol", G, []),
    ("had some early sweating on it that went away after the first few days", G, []),
    # ... and what stop 41's red-team review found its first rules alarmed on: a dose every two days, a question
    # asked many times, a welcome outstayed at a daughter's, a jump off a boat, a hip burned, an alarm set
    ("i take one every two days as needed for my back", G, []),
    ("i have asked so many times about a refill", G, []),
    ("i've overstayed my welcome at my daughter's house", G, []),
    ("i had the urge to jump off the boat and swim on holiday", G, []),
    ("i burned my hip on the hot water bottle", G, []),
    ("i set an alarm so i would get up on time for my dose", G, []),
    # (stop 41, review and chat tuning sets) a heart that leapt with joy, twitching with excitement, a schedule tripped
    # up on, a depression shaken off, the small stuff sweated, a doctor stiff about refills, waking rested or not, old
    # people
    ("my heart pounded with joy when i could walk the dog again", G, []),
    ("the kids were twitching with excitement about the trip", G, []),
    ("i keep tripping up on the dosing schedule", G, []),
    ("finally shaking off the depression after years", G, []),
    ("trying not to sweat the small stuff these days", G, []),
    ("my gp was so stiff about refills", G, []),
    ("never wake up feeling rested on these", G, []),
    ("can old people take soma safely", G, []),
    # ... and what stop 41's second red-team review found its rules alarmed on: a plumber finishing the job, legs over a
    # pool's edge, a razor on the legs
    ("the plumber said he can finish the job tomorrow", G, []),
    ("sat with my legs over the edge of the pool all afternoon", G, []),
    ("i use a razor on my legs and it gives me a rash", G, []),
    ("is diarrhea common? been on soma for 3 days", G, []),
    ("does soma cause sweating? been taking it for a week", G, []),
    # ... and what stop 42's red-team review found its rules alarmed on: a vehicle one would be under, a gun out of the
    # safe, a chair and a belt, passive to active stretching, the SI joint, not climbing out of bed, a hammock's tree; a
    # strength in mg read as a count, tablets supplied; a job started, not Soma
    ("i'd be under the truck fixing the brakes if my back let me", G, []),
    ("took the rifle out of the safe to clean it", G, []),
    ("standing on a chair with a belt around my waist to hang a picture", G, []),
    ("the physio moved me from passive to active stretching", G, []),
    ("the si feelings are like a knife in my low back", G, []),
    ("i dream about not climbing out of bed on saturday lol", G, []),
    ("aiming for a tree to hang my hammock", G, []),
    ("if i take 350mg with food will it upset my stomach", G, []),
    ("what happens when you take 350", G, []),
    ("my pharmacy gave me 90 tablets, 350mg each", G, []),
    # ... and wherever a bare number is read as a count: a strength in mg, 200 or more, is none
    ("took 350 this morning, back still sore", G, []),
    ("i take 350 a day", G, []),
    ("had 350 at 8 and 350 at noon", G, []),
    ("what happens when you take 2 soma", G, []),
    ("ive had tremors for years since i was a kid", G, []),
    ("been shaky for ages since starting my new job, soma helps my back", G, []),
    ("my heart raced a bit, then normal", G, []),
    ("sweating like a pig from the heat", G, []),
    ("sweating like crazy because its 35 degrees", G, []),
    ("sweating like i said from the heat", G, []),
    ("my heart is racing because i just ran up the stairs", G, []),
    ("is diarrhea a side effect? had it once years ago", G, []),
    ("how do i get rid of old pills", G, []),
    ("my lips look purple because of my new lipstick", G, []),
    ("my sleep balance is all off with work shifts", G, []),
    ("j'ai hâte d'en finir avec ce traitement", G, []),
    ("i feel like 💩 today", G, []),
    ("je veux mourir de rire", G, []),
    ("vou me matar de rir", G, []),
    ("voglio farla finita con la schiena", G, []),
    ("seeing shadows under my eyes lately", G, []),
    ("my bank balance is off", G, []),
    ("my work life balance is off lol", G, []),
    ("sweating loads, its just the heat", G, []),
    ("is fever normal? had it yesterday but gone now", G, []),
    # (stop 43) a denial with a word between ("never once made me"), "not one single"; no problems after an early spell,
    # or nothing ever again; "got it" that is no symptom had, or kept in a bag; a cause a mask's illness names; the
    # stomach's other told over; a run just finished
    ("soma never once made me feel sick to my stomach", G, []),
    ("not one single brain zap or sweaty night coming off zoloft slowly", G, []),
    ("i was a bit wobbly on my feet the first couple days of soma, after that no problems", G, []),
    ("had a little nausea the first week but nothing ever again", G, []),
    ("is nausea normal? got it, thanks", G, []),
    ("can soma cause tremors? i got it from my pharmacy", G, []),
    ("does soma make you nauseous? she's got it in her handbag", G, []),
    ("had diarrhoea from food poisoning before i got my prescription", G, []),
    ("i felt like i was going to hurl the first 3 days on zoloft, after that smooth sailing", G, []),
    # (stop 43's final review) ... every clause that told it, not only the last ("never threw up after that")
    ("felt like i was going to hurl the first 3 days, after that smooth sailing, never threw up after that", G, []),
    ("just finished a run so my heart is pumping", G, []),
    ("was in the hot tub for an hour and i'm drenched with sweat, fine otherwise", G, []),
    # (stop 44, a chat and a review tuning set) before someone started it, at a time of life; an ending told in a clause
    # of one's own; and what its red-team reviews found "still", "back", "worse" and "hasn't stopped" said of other
    # things
    ("my son was fidgety before he started carisoprodol, nothing major", G, []),
    ("codeine made me feel sick when i was a teenager, can i take soma", G, []),
    ("The night sweats I had on Effexor stopped completely within two weeks of switching to Lexapro.", G, []),
    ("had a fever last year, still going to work every day on soma", G, []),
    ("had nausea as a kid, still here lol", G, []),
    ("had a fever years ago and it didnt go down for 3 days", G, []),
    ("had night sweats years ago, i havent stopped exercising since", G, []),
    ("The diarrhea didn't clear up until I stopped the Soma.", G, []),
    ("had tremors before soma, my back is worse now", G, []),
    ("the nausea stopped and my appetite is back now", G, []),
    ("had sweats before soma, not worse since starting", G, []),
    ("is restlessness a side effect? he's got it in his head that soma is dangerous", G, []),
    # ... and what stop 43's red-team review found its first rules alarmed on (they were narrowed or taken out): a
    # child's own medicine or an ipad, a carer's patient, an old man; someone who doesn't know we're there; an
    # accident-free year; a knife or a window in a plan for the day; a sponge for knowledge, waking wet for a reason, a
    # door that leaks when it rains; a phone one has an urge to throw; what one can't believe
    ("my 9 year old took one of his allergy tablets this morning", G, []),
    ("my 80 year old dad took one of his soma this morning and seems fine", G, []),
    ("my 6 year old had a tablet for christmas", G, []),
    ("i gave my mum her medication and she put it in her mouth then spat it out", G, []),
    ("nan has dementia, she doesn't know we're there most days", G, []),
    ("hoping i'll be in an accident free year at work", G, []),
    ("got a new chef's knife and wondered what it would feel like to cook on a proper range", G, []),
    ("sat by the window and thought about stepping out for a walk", G, []),
    ("this course turned me into a sponge for knowledge", G, []),
    ("i woke up wet, the cat peed on the bed", G, []),
    ("the back door leaks when it rains", G, []),
    ("i had the urge to throw my phone across the room", G, []),
    ("i need to throw out my expired soma, where do i take them", G, []),
    ("i can't believe i got through the whole first month without any nausea", G, []),
    # ... and what its second review found: a puddle of rain, waking wet for a leak, concerns one needs to bring up, a
    # crash course
    ("the rain turned me into a puddle on the way to work", G, []),
    ("i wake up wet in the mornings cause the roof leaks", G, []),
    ("i have an urge to bring up my concerns to my doctor", G, []),
    ("hope i get a crash course in soma side effects lol", G, []),
    # (stop 45's red-team review) something else wished undone on waking, all one's pills thought of as a routine, a
    # phone that rang and was missed: no hint of self-harm, no hallucination (the learned part still asks of two, as
    # before)
    ("woke up wishing I hadn't stayed up so late watching netflix", G, []),
    ("I woke this morning and wished I hadn't had that second coffee at 9pm", A, []),
    ("woke up wishing i wasn't so stiff, is that normal on soma", G, []),
    ("The idea of taking all the medicine out of blister packs into a pill organizer, good or bad?", G, []),
    ("idea of taking all my doses earlier in the day so I'm not groggy at night", G, []),
    ("heard my phone ringing when it wasn't on silent, so embarrassing in church", A, []),
    ("heard the phone ringing but it didn't ring long enough for me to pick up", G, []),
    # (stop 45, a review tuning set of symptom words in other senses) an idiom, a price or a rule that is stiff, adverts
    # that nauseate, a site that is clumsy, a price one thought one was seeing things at; a thing or a day seized
    ("put in a lot of sweat equity with PT and stretching but soma 350 is what finally let me do the exercises", G, []),
    ("soma shook up my whole idea of what a muscle relaxer could do", G, []),
    ("got my protein shake and my soma every morning, back pain is down to a 3 out of 10", G, []),
    ("I stumbled across this site looking for reviews of carisoprodol", G, []),
    ("the prior auth was the biggest stumbling block, once it went through soma 350 has been great", G, []),
    ("the copay was a stiff $85 for brand Soma, ask for generic carisoprodol", G, []),
    ("my insurance has rigid rules about step therapy so I had to fail flexeril first", G, []),
    ("the nauseating amount of paperwork for a prior authorization almost made me give up on soma", G, []),
    ("the pharmacy website is so clumsy, took me 6 clicks to refill my soma", G, []),
    ("the new pharmacy law has a chilling effect on doctors", G, []),
    ("seize the day! but seriously whats the max dose of soma", G, []),
    ("police seized my pills at the airport, how do i get a refill", G, []),
    ("the bolt seized so i hurt my back trying to loosen it, now on soma", G, []),
    # (stop 45's red-team review) free of seizures now, laughter, what may come
    ("History of epilepsy, currently seizure-free for 3 years, is soma safe?", G, []),
    ("I was convulsing with laughter nonstop at the comedy show, back didnt even hurt", G, []),
    ("how do I treat the nausea if it happens", G, []),
    ("the beer was still cold from the fridge, had one with my soma last week", G, []),
    ("I missed a dose", G, []),
    # (stop 45's third red-team review) a place cold whatever one does, a drink kept cold
    ("The office is cold no matter what we set the thermostat to.", G, []),
    ("Can't stop getting cold calls from my insurance company about the Soma refill.", G, []),
    # ... but never a past episode gone since, nor one better now
    ("had the shakes years ago but nothing like that since", G, []),
    ("had sweats as a teen but not as bad as people say soma gives", G, []),
    # (stop 45's red-team review) ... nor one likened to something else that follows
    ("had nausea last year but nothing like this pain in my back", G, []),
    ("had hallucinations with a 104 fever as a kid, but nothing like this lately, I'm fine", G, []),
    ("had vomiting with food poisoning last summer, though never this severe a sunburn as today", G, []),
    # (stop 45's fifth red-team review) an idea or a pharmacy not come round to; a long-ago seizure that lasted long
    ("my mum hasn't really come round to my epilepsy diagnosis", G, []),
    ("had a seizure last year, it lasted ages, is soma safe for me now", G, []),
    ("had 2 seizures in 2019, none since", G, []),
    # (stop 46, a chat tuning set) hearsay, whatever was heard of; a past that has not come back; what turned into
    # something that is no creature; a smell with its source named
    ("i've heard soma can cause hallucinations", G, []),
    ("i've heard of people seeing things on soma", G, []),
    ("i've heard that voices are a side effect", G, []),
    ("i had the shakes years ago, my appetite is back to normal now", G, []),
    ("had the sweats years ago, now im back at work", G, []),
    ("my hobby turned into a job", G, []),
    ("the pile of laundry turned into a mountain lol", G, []),
    ("i smell smoke but nothing is burning, the neighbours have a bonfire", G, []),
    ("i see the problem, its not real hard", G, []),
    # ... and what its red-team review kept: hearsay of what others heard or of what is possible; a person starting
    # again; a creature in a compound; what never formed but a stool
    ("ive heard people on reddit say they heard music that wasnt there on soma. how rare is that", G, []),
    ("i've heard voices are possible with withdrawal, does that mean i shouldnt stop it cold turkey?", G, []),
    ("i've heard voices can happen on withdrawal", G, []),
    ("had tremors on effexor in 2019, im starting again with physical therapy monday", G, []),
    ("my hoodie turned into a dog bed, the puppy stole it lol", G, []),
    ("the carpet turned into a cat hair magnet since we got a kitten", A, []),
    ("the plan never formed, we cancelled the trip", G, []),
    ("the scab on my knee never formed properly, is soma slowing my healing?", G, []),
    ("the fit just started to make sense in the story", G, []),
    ("my seizure just started getting better controlled on keppra", G, []),
    ("my seizure is starting to get better with the new meds", G, []),
    # (stop 46's review of the whole change) "it" sent back, a start again by someone, a user back again, a person
    # turned into a monster
    ("had night sweats on effexor years ago so i sent it back.", G, []),
    ("no, I had seizures as a kid, let's start again", G, []),
    ("i'm back again, had sweats on effexor years ago", G, []),
    ("as soon as he walks through the door he turns into a monster, yelling", G, []),
    # (stop 47) a breath forgotten is no pill forgotten; a beat felt of music; a kid who jumps out of bed
    ("i forgot to take my soma this morning", G, []),
    # (stop 47's review of the whole change) a brain that forgot how to spell
    ("my brain forgot how to spell today", G, []),
    ("could feel every beat of the music at the concert", G, []),
    ("my kid jumps out of bed when i'm sitting down for coffee", G, []),
    # (stop 48) chat spellings that are other words stay them: a pharmacy, a fruit, a medicine, "n/v" denied
    ("i ain't got no fever", G, []),
    ("picked up my soma at rite aid", G, []),
    ("raisin bread for breakfast before my soma", G, []),
    ("i take a statin and soma, is that ok", G, []),
    ("no n/v at all", G, []),
    ("the police were seizing the drugs in the show", G, []),
    # (the diff's review) found after a while, what happens next, a last time that is a habit, 2 and many apart
    ("i found after a week the drowsiness wore off", G, []),
    ("he was found after 3 hours wandering the neighborhood", G, []),
    ("will i be found after 3 days in a drug test", G, []),
    ("honestly i dont care what happens next with my doctor, im switching meds", G, []),
    ("the last time i speak to people about my meds they judge me", G, []),
    ("took 2 many hours ago, now dizzy", G, ["dizziness"]),
    # (stop 49, a review tuning set) a goodbye to a thing, tablets kept for flares, waking on time or at a meal
    ("finally said goodbye to the back pain after six weeks of soma and PT", G, []),
    ("we said goodbye to our old mattress this weekend, the new one helps my back", G, []),
    ("my doctor said to keep a few soma tablets saved for the days the spasms flare", G, []),
    ("i keep a couple saved for flare ups when i travel", G, []),
    ("on soma I'm terrified of not waking up in time for my 6am shift", G, []),
    ("scared I wouldn't wake up on time for my flight after taking a soma", G, []),
    ("I took my first 350 at noon and didn't wake up until dinner, which was fine since it was my day off", G, []),
    # (stop 49, a chat tuning set) breathing said to be fine, lips stained by what was eaten or worn, a gut that gurgles
    ("My wifes breathing is nice and regular, shes asleep. if she missed a dose can she take it now", G, []),
    ("hes breathing fine just really sleepy", A, ["severe_drowsiness", "drowsiness"]),  # whether he can be woken
    ("my lips turned blue from the blue raspberry popsicle lol, i take soma", G, []),
    ("my babys lips are purple from grape juice lol. im breastfeeding can i take soma", G, []),
    ("what is the gurgling noise my stomach makes lol im just hungry", G, []),
    # (stop 50, tuning sets) a cause named after a contrast or as where it came from; a spell over, the writer fine now;
    # a fever that broke; a plea only as a plea ("helped me" is no report); what a symptom is, asked; the writer's own
    # heavy sleep; what the lexicon read as past is heard as nothing else by the learned part; a named effect that
    # lingers says nothing of the symptom before it; the means never a treatment
    ("the chills were from my freezing office lol", G, []),
    ("shaking all over but it was from the cold", G, []),
    ("fever broke on sunday and i've been normal temp since", G, []),
    ("feeling nauseous but I'm 8 weeks pregnant so that's morning sickness. is soma ok?", G, []),
    ("if you get nausea take it with food, helped me a lot", G, []),
    ("My kid asked what a seizure is after seeing one on TV. Can soma cause them?", G, []),
    ("diarrhea for the first few days then my stomach adjusted", G, []),
    ("no more jumping out of my skin at every little noise", G, []),
    ("racing heart is gone, brain zaps still hang around", G, []),
    ("soma seems like the only option for my back", G, []),
    ("lol my heart is racing but thats cause my team just scored in overtime", G, []),
    ("shaking, its because i was out in the snow", G, []),
    ("do i carry on with my next dose as normal", G, []),
    # (stop 53, a chat tuning set) dark words in jest, a bottle finished, an older person, a film's chills, a runner's
    # runs, a reason given that is no report
    ("would kill for a glass of wine. how long after soma is it ok", G, []),
    ("i'm done with this bottle, do i need a refill or do i just stop", G, []),
    ("my mother in law will be the end of me haha. anyway is soma ok with blood pressure pills", G, []),
    ("can older people take soma, asking for my 80 year old dad who just got prescribed it", G, []),
    ("the chills i got from that movie were real lol. anyway, soma and melatonin ok?", G, []),
    ("i've got the runs planned for the marathon next month, can i take soma before a race", G, []),
    ("im sweating because i am nervous", G, []),
    ("does soma cause nausea because i am pregnant", G, []),
    # (stop 53's red-team probes) a clock time, an age, minutes late in words; times of what is no dose; a question
    # about doses by the clock; "because it is", soma itself; a tooth that wobbles
    ("checked my pulse at one fifteen and it was seventy two, all good", G, []),
    ("i'm running thirty eight minutes late for my pharmacy pickup lol", G, []),
    ("my temperature is fine, i'm thirty nine years old and just started soma", G, []),
    ("took my blood pressure at 6, then at 7 and again at 8 because the cuff was acting up", G, []),
    ("had a cigarette at 8, another at 9 and another at 10, is smoking ok with soma", G, []),
    ("can i take one at 8, again at 9 and again at 10 if the pain is bad?", G, []),
    ("does soma cause fever because it is", G, []),
    ("my son's loose tooth is wobbling all over the place, can he chew on it", G, []),
    # (stop 53's second red-team probes) someone else's symptom left out, a body that works less hard, medicines at
    # three times, ages and clock times in words beside a reading's word
    ("does soma cause diarrhea cos my husband has and he's not even on it", G, []),
    ("i take soma at night cos my physio says it's better if my body stops working so hard when i sleep", G, []),
    ("took my pills at 7, 8 and 9 this morning: metformin, vitamin d and one soma", G, []),
    ("my gran is on oxygen at home and she's eighty five, is soma safe for her", G, []),
    ("bless her heart, my nan is a hundred and one and still asks about my back", G, []),
    ("checked my temperature at ten forty this morning and it was totally normal", G, []),
    ("how much coffee is ok on soma? had one at 8, another at 9 and another at 10", A, []),
    # (stop 54, a chat tuning set) ... nor a going home, a time to leave, a laugh, physio stopped; a bath's temperature;
    # counts in an hour of what is no tablet, or too few, or asked about
    ("they should have let me go home yesterday, can i take soma with my antibiotics", G, []),
    ("i should be gone by 5, can i take my soma after work", G, []),
    ("i should have died laughing at the physio's jokes", G, []),
    ("i wish they hadnt stopped my physio", G, []),
    ("the bath temp was about forty", G, []),
    ("the bath temp was about 40", G, []),
    ("took my soma, had 3 coffees in an hour", G, []),
    ("took my soma then ran 3 in 25 mins, legs a bit sore", G, []),
    ("took the dog out, like 3 in an hour, hes got a bladder thing. can i take soma with ibuprofen", G, []),
    ("took my meds with breakfast then had 3 espressos, so 3 in an hour, will that affect my soma", G, []),
    ("i had hallucinations after my husband died 3 years ago, grief counsellor said it was normal", G, []),
    ("my nephew's birthday, the cake was a horse with a human face lol, can i eat cake on soma", G, []),
    ("the nausea and sweating, they died down weeks ago thankfully", G, []),
    ("my boss should have let me go.", G, []),
    ("i wish they hadn't found me a bed on the ward", G, []),
    ("the grandkids are better off not having to visit during flu season", G, []),
    ("the sphinx statue has a human face!", G, []),
    ("i missed a key twice at my piano recital", G, []),
    ("whats the max dose before it kills the spasm", G, []),
    ("i should have died with embarrassment", G, []),
    ("trying to keep the baby awake till 7 so she sleeps through, can i take soma while breastfeeding", G, []),
    ("i took 2 in an hour", G, []),
    ("can i take 3 in an hour?", G, []),
    # (stop 54's red-team probes and review of the change) ... nor a school trip, an absence, a dose lowered, a seat, a
    # plant; a goal count beside a taking, tablets a day; a toy's or a likeness's face; what passed weeks ago; lights
    # anywhere; a person kept up to date
    ("we should have let him go on the school trip", G, []),
    ("i should be gone with the kids all weekend, should i bring my soma", G, []),
    ("my doctor should let me go on a lower dose of soma", G, []),
    ("i wish someone had saved me a seat", G, []),
    ("my tomato plants should have died in the frost", G, []),
    ("took my soma after the match, scored 3 in 20 minutes lol", G, []),
    ("been on my pills for my back, had 3 yesterday as prescribed", G, []),
    ("my daughter's dog has my eyes lol", G, []),
    ("the dog toys have faces and squeak", G, []),
    ("i had bad nausea but it passed weeks ago", G, []),
    ("its hard to keep my mum up to date with all her meds", G, []),
    ("my sheep have faces like my old teacher lol, anyway can i take soma with ibuprofen", G, []),
    # (stop 54, chat tuning sets) what to look out for, and wanting to know it, hide no hint of self-harm
    ("Does Soma ever cause seizures? I want to know what to look out for.", G, []),
    ("i'm hot and sweaty because the oven's been on all day for the catering job, can i take soma at work", G, []),
    ("the vomiting passed away two months back lol, just asking about dosing", G, []),
]

STILL_REPORTED = [  # ... and what those readings never explain away
    # (stop 56) ... nor those masks: a waking not wanted at all or someone who won't wake, a stash put by, no point
    # going on, the whole bottle or a week's pills swallowed, a count told, a double dose taken, being here not
    # wanted, a spasm all over or new, a real chill (stop 56's red team)
    ("i don't want to wake up tomorrow", E, ["self_harm"]),
    ("i don't want to wake up early tomorrow, or ever again", E, ["self_harm"]),
    # (the reread of stop 56's change) nor the masks of a good thing, a way of living, a wait, a pain that ends
    ("i just want to sleep for good honestly", E, ["self_harm"]),
    ("i'm tired of being here in this world", E, ["self_harm"]),
    ("tired of breathing through all this pain", E, ["self_harm"]),
    ("i want to disappear till the pain ends", E, ["self_harm"]),
    ("im taking all my pills for the week tonight", E, ["overdose"]),
    ("taking the whole bottle with me on holiday and not coming back", E, ["overdose"]),
    ("i get super chill shivers after every dose", S, ["shivering"]),
    ("stashing some for my dose on my birthday, the last one i'll need", E, ["self_harm"]),
    ("scared of taking too much but i took 10 anyway", E, ["overdose"]),
    ("i've lost the will to be on this earth", E, ["self_harm"]),
    ("cant get my brother to wake up for the alarm, he had soma and xanax", E, ["unresponsive"]),
    ("i took all my pills for the week this morning instead of just monday's", E, ["overdose"]),
    ("keep getting a real chill through my body every few minutes since i started soma", S, ["shivering"]),
    ("no point going to physio or anything else, nothing will ever get better", E, ["self_harm"]),
    ("stashing a few every week for when i'm ready", E, ["self_harm"]),
    ("no point going on", E, ["self_harm"]),
    ("i want to disappear until it's all over", E, ["self_harm"]),
    ("took the whole bottle with vodka", E, ["overdose"]),
    ("i think i took too many", E, ["overdose"]),
    ("i doubled up and now i cant stay awake", E, ["overdose"]),
    ("i dont want to be here anymore", E, ["self_harm"]),
    ("im ready to end it", E, ["self_harm"]),
    ("having weird spasms everywhere since i started soma", S, ["twitching"]),
    ("new spasms in my calves since starting soma", S, ["twitching"]),
    ("I've got muscle spasms", S, ["twitching"]),
    ("shivering, got a really chill feeling down my spine", S, ["shivering"]),
    # (stop 54's red-team probes and review of the change) a sweat the length of a test, lights anywhere, a thing
    # before a body's temperature in chat, a start placed in the past, a calm after another dose, a wish to go away
    ("he was sweating the whole test, dripping, hes on soma for his back", S, ["sweating"]),
    ("i was sweating the entire exam", S, ["sweating"]),
    ("my son is soaked in sweat lying under the bright lights in his room, he took soma", S, ["sweating"]),
    ("we're in the car temp is 39.1, he's on soma, should we go in", S, ["fever"]),
    ("after his bath temp was still 39.1, hes on soma for his back", S, ["fever"]),
    ("had my tea temp 40.2", S, ["fever"]),
    ("i keep throwing up, it was the week i started soma", S, ["vomiting"]),
    ("pulse is 124 even though ive been totally calm since i sat down", S, ["fast_heartbeat"]),
    ("he was really agitated and hallucinating so i gave him another soma and hes been really calm since", S,
     ["hallucinations"]),
    ("i just want to go away alone and never come back", E, ["self_harm"]),
    ("how long will it last? i cant take much more", E, ["self_harm"]),
    ("she stopped her soma, she's not taking it anymore and now she's shaking and seeing things", S, ["tremors"]),
    ("my wife's heart is racing at 140, she's not been on soma more than a week", S, ["fast_heartbeat"]),
    ("drenched in sweat at 4 in the morning?", S, ["sweating"]),
    ("gave him a lukewarm bath but after the bath temp is still 39.6", S, ["fever"]),
    ("in the car my hands shook so bad i had to pull over", S, ["tremors"]),
    ("since my new job the soma gives me the shakes", S, ["tremors"]),
    ("these pills give me chills every night", S, ["shivering"]),
    ("i just want to know if anyone would miss me", E, ["self_harm"]),
    ("i want to know what it feels like to die", E, ["self_harm"]),
    # (stop 52, a chat tuning set) a pulse said to be high in other words, without a number
    ("Pulse went through the roof sitting perfectly still, my Apple watch kept pinging me.", S, ["fast_heartbeat"]),
    ("my heart rate is spiking and i'm just sitting here", S, ["fast_heartbeat"]),
    ("my pulse is off the charts all evening", S, ["fast_heartbeat"]),
    # (stop 52's second review of the change) a question announced, then the report; a cut-off after a report
    ("quick q about my pulse going like a jackhammer since my last dose", S, ["fast_heartbeat"]),
    ("thudding like a jackhammer nonstop since my soma dose and my heart", S, ["fast_heartbeat"]),
    ("would vomiting be normal with a 104 fever", S, ["fever"]),
    ("hr is elevated all day on my fitbit after starting soma", S, ["fast_heartbeat"]),
    ("something weird w my pulse, its like double what it normally is", S, ["fast_heartbeat"]),
    # (stop 50) never a cause from Soma, stopping it, the tablets, a time or a place on the body, nor where someone is
    # from;
    # a spell that "has lasted" or goes on; a fever that hasn't broken; a plea; what one knows a seizure looks like;
    # someone else knocked out cold; a spell that lingers told after one that ended; a fit that stopped is still a fit
    ("the shaking is from the soma", S, ["tremors"]),
    # (stop 51) an open cause that names a medicine, a drink taken with Soma, or the tablets; a meal that is when, not
    # why; a condition of long standing gone bad since Soma
    ("my hands were shaking, that was from tramadol i think", S, ["tremors"]),
    ("i was sweating a lot but it was from my other meds", S, ["sweating"]),
    ("i felt shaky but that was because i drank with it", S, ["tremors"]),
    ("shaky because i had a few beers on top of my soma", S, ["tremors"]),
    ("i vomitted after eating and again after drinking, it start after the soma", S, ["vomiting"]),
    ("I've always had a slight tremor but since soma it's terrible, can't even sign my name", S, ["tremors"]),
    # ... nor a cause said to be it that is a season, asked, denied or Soma (stop 51: "its the stress" as a cause was
    # tried and not kept, the review of the change found it explained away voices and a high fever)
    ("im shivering, its flu season", S, ["shivering"]),
    ("is it the flu or the soma? im shivering", S, ["shivering"]),
    ("my hands shake, it's not anxiety", S, ["tremors"]),
    ("im sweating, it's the soma", S, ["sweating"]),
    ("the sweats are from stopping my soma", S, ["sweating"]),
    ("the shaking was from day one", S, ["tremors"]),
    ("shaking from head to toe", S, ["tremors"]),
    ("she's shaking, shes from ohio originally", S, ["tremors"]),
    ("the vomiting has lasted 2 days", S, ["vomiting"]),
    ("the fever still hasn't broken", S, ["fever"]),
    ("please help me im shaking", S, ["tremors"]),
    ("i know what a seizure looks like and shes shaking all over", S, ["tremors"]),
    ("how long will i last like this", E, ["self_harm"]),
    ("thats cause my team scored lol. no seriously my heart wont slow down, its been 3 hours", S, ["fast_heartbeat"]),
    ("my heart is racing, thats cause i took soma", S, ["fast_heartbeat"]),
    ("shaking, its because of the pills", S, ["tremors"]),
    ("sweating, its cause i stopped my soma", S, ["sweating"]),
    # (stop 50's review of the change) a cause that is another medicine or a drink taken with Soma, Soma itself, a
    # place on the body or a cause only thought; the writer well while someone else is ill; a fit seen, not asked about
    ("the shaking is from the tramadol i take with soma", S, ["tremors"]),
    ("the shaking is from the alcohol i drank with my soma", S, ["tremors"]),
    ("I was throwing up on Saturday but that was entirely from too many margaritas at the wedding", S, ["vomiting"]),
    ("its cause i ran out of my soma, shaking", S, ["tremors"]),
    ("the stiffness is from my neck down to my feet", S, ["muscle_stiffness"]),
    ("shivering but it was from the sauna", S, ["shivering"]),  # warmth explains no shivering, across a contrast too
    ("i thought it was from the cold but the shaking keeps getting worse", S, ["tremors"]),
    ("my husband is shaking and sweating and hallucinating, but im ok now", S, ["tremors"]),
    ("i learned what a seizure is today when my daughter had one after her soma", S, ["convulsions"]),
    ("nausea went away, the shaking stuck around", S, ["tremors"]),
    ("i expected the nausea to be a first week thing but it has stuck around for the entire 6 months", S, ["nausea"]),
    # (stop 45's final review) no idiom hides a real report: a restless energy, rigid "with" cramps, what one thought
    # was a hallucination, a room stumbled across
    ("i have this restless energy i cant get rid of since soma", S, ["restlessness"]),
    ("legs rigid with cramps all night", S, ["muscle_stiffness"]),
    ("i thought i was seeing things when bugs started crawling on the wall", S, ["hallucinations"]),
    ("am i seeing things or is the wall moving", S, ["hallucinations"]),
    ("I stumbled across the room and nearly fell", S, ["loss_of_coordination"]),
    # (stop 45, the mechanism of a miss in each of three unread chat sets) a past episode said to be outdone now
    ("i've had the shakes before from coffee but not like this", S, ["tremors"]),
    ("used to have shaky hands as a teen but nothing like this", S, ["tremors"]),
    ("i had a tremor in 2019 but it was never this bad, is this the soma?", S, ["tremors"]),
    ("had night sweats years ago but never like what's happening now", S, ["sweating"]),
    # (stop 43's red-team review) a lessening denied is no denial; an ending that is about something else; the stomach's
    # other told over still leaves what is told apart from it; a mask's illness names no cause of what it doesn't hold
    ("it didn't even make me feel less nauseous", S, ["nausea"]),
    ("it didn't really make me feel any less shaky", S, ["tremors"]),
    ("it never ever made me feel so sick as today", S, ["nausea"]),
    ("i've had diarrhea for 3 days, called the pharmacy and after that no problems getting my refill", S, ["diarrhea"]),
    ("didnt puke but my stomach felt awful and i couldnt eat", S, ["nausea"]),
    ("not queasy but my lunch ended up in the toilet", S, ["vomiting"]),
    ("does soma help with food poisoning? i have diarrhea", S, ["diarrhea"]),
    ("i couldn't go to the shop or even the garden without shaking", S, ["tremors"]),
    # ... and what its second review found: not a thing that helps, what one can't remember a day without, a run to the
    # shops, a food poisoning long over beside other symptoms
    ("not one single thing stops the shaking", S, ["tremors"]),
    ("i can't remember a single day without the shakes", S, ["tremors"]),
    ("did a run to the shops for milk and now my heart is racing", S, ["fast_heartbeat"]),
    # ... and a place one has not been is a cause denied ("been" before a place is where one was, not what one had)
    ("sweating loads, not been to the gym all week", S, ["sweating"]),
    # (stop 44, a chat tuning set) what was there before Soma and goes on now, or has come back; an ending denied is
    # none
    ("had the sweats before i started soma and they havent stopped", S, ["sweating"]),
    ("had diarrhea before i started soma and it never went away", S, ["diarrhea"]),
    ("i had nausea before soma and i still do", S, ["nausea"]),
    ("i was sweaty and jittery before the soma and honestly its got worse since", S, ["sweating", "restlessness"]),
    ("had restless legs in my 20s and theyve come back", S, ["restlessness"]),
    ("the cold sweats are back, had them the first week then they stopped", S, ["sweating"]),
    # (stop 46, a chat tuning set) ... and back or begun again anywhere in a sentence that tells of the past
    ("had night sweats years ago on effexor and they're back since tuesday", S, ["sweating"]),
    ("used to have restless legs years ago on zoloft, its back full force tonight", S, ["restlessness"]),
    ("my mom had twitching on seroquel years ago and its started up again in her face", S, ["twitching"]),
    ("i used to get a racing heart as a teen and it went away, now its back since i started carisoprodol", S,
     ["fast_heartbeat"]),
    ("my husband used to get diarrhea on his old bp pill, it stopped, now its started again since his soma", S,
     ["diarrhea"]),
    ("had the sweats years ago and now they're back", S, ["sweating"]),
    # (stop 55, a chat tuning set) ... and another had today, just now or this morning, or had again now
    ("had a fit in 2019, had another this morning", S, ["convulsions"]),
    ("had the shakes last month, now i have them again", S, ["tremors"]),
    ("had the shakes last month, now i'm having them again", S, ["tremors"]),
    ("had diarrhea last month, had another bout today", S, ["diarrhea"]),
    # ... and a report beside what was read or heard of, or what a drug is said to have done to the writer (hearsay
    # cues for "read on reddit", "heard from", "googled" and "said soma made them" were tried and taken out: a report
    # told after them without its symptom's name was missed, "read somewhere its common to get the runs but this is the
    # 8th time today")
    ("i've been shaking since yesterday, read on reddit that soma can do that", S, ["tremors"]),
    ("read on reddit about the shakes and now i'm shaking too", S, ["tremors"]),
    ("my wife said soma made me sweat all night", S, ["sweating"]),
    ("googled it because my heart is racing", S, ["fast_heartbeat"]),
    ("i have read that soma can cause tremors and my hands are shaking now", S, ["tremors"]),
    ("saw on reddit people saying its the soma, my hands are shaking so bad", S, ["tremors"]),
    ("read somewhere its common to get the runs but this is the 8th time today", S, ["diarrhea"]),
    ("people on facebook said it can give you the runs and welp here i am on the toilet for the 4th time", S,
     ["diarrhea"]),
    ("someone posted that soma made them vomit, same here, vomited after every dose this week", S, ["vomiting"]),
    ("heard from my neighbor it gives people the shakes - my hands are trembling as I type this", S, ["tremors"]),
    ("someone on youtube said soma gives you restless legs and mine wont stop moving tonight", S, ["restlessness"]),
    ("still seeing shadows in the corner of the room, started a few days before my soma script", S, ["hallucinations"]),
    ("had diarrhea for a week, it hasn't cleared up", S, ["diarrhea"]),
    # ... and what its red-team review kept: a place is no time of life, a dose's time is no past
    ("my son started shaking while he was at school today", S, ["tremors"]),
    ("he gets restless before his meds are due", S, ["restlessness"]),
    ("im sweating buckets but i've not been to the gym", S, ["sweating"]),
    ("had food poisoning last month and now im shaking and sweating on soma", S, ["tremors", "sweating"]),
    # (stop 42) what a symptom is likened to is neither its cause nor its past
    ("my heart pounded like i had just run up three flights of stairs", S, ["fast_heartbeat"]),
    ("stomach churning like i'd just gotten off a merry go round", S, ["nausea"]),
    ("heart racing the way it does after a big coffee, but i havent had any", S, ["fast_heartbeat"]),
    ("shaking like when i was a kid with a fever", S, ["tremors"]),
    # (stop 42) a "then" written for "than" after a comparison is no ending; the toilet as an emoji; a reading beside
    # a thermometer
    ("i can hear my heartbeat thumping in my chest way faster then normal", S, ["fast_heartbeat"]),
    ("been on the 🚽 all morning since my soma", S, ["diarrhea"]),
    ("🌡️ 101.5 and achy", S, ["fever"]),
    ("coordination is totally off", S, ["loss_of_coordination"]),
    ("balance has been off all day", S, ["loss_of_coordination"]),
    # (stop 42) a cause only asked about, a time said as "only the first day" beside what began
    ("im shaking, is it only the first week it lasts?", S, ["tremors"]),
    ("sweating loads, is it just the heat?", S, ["sweating"]),
    ("diarrhea started and it was only the first day", S, ["diarrhea"]),
    ("shaking bad, was only the first dose too", S, ["tremors"]),
    # ... and what stop 42's fourth red-team review found a spell that "lasted only the first days" would have hidden
    # (the rule was taken out): what is still there, or back, beside it
    ("i have chills and the nausea lasted only the first week", S, ["shivering"]),
    ("my tremor lasted only the first days and is back now", S, ["tremors"]),
    # (stop 42) a time counted from the drug is no condition of long standing
    ("ive been shaking all over for ages since starting soma", S, ["tremors"]),
    ("been sweating for 2 years since i started taking it", S, ["sweating"]),
    # stop 29's review: what this stop's causes, pasts and masks must not reach
    # ... warmth never explains shivering, whichever rule names it, nor a fever (stop 29's second review)
    ("shivering from the heat", S, ["shivering"]),
    ("the sun made me shiver", S, ["shivering"]),
    ("got the shivers after sitting in the sauna", S, ["shivering"]),
    ("feel so hot, temp 39.2", S, ["fever"]),
    ("i'm sweating again, same as before when i had the reaction", S, ["sweating"]),
    ("my heart is racing same as before", S, ["fast_heartbeat"]),
    ("pacing is a habit of mine but now i'm also sweating buckets", S, ["sweating"]),
    ("it's not the medicine i'm worried about, it's that i'm sweating and shaking", S, ["sweating", "tremors"]),
    ("felt relaxed but then a chill ran through me", S, ["shivering"]),
    ("dreamed about it, and then woke up and saw bugs crawling on the wall", S, ["hallucinations"]),
    # a cause explains what it can cause, near it, unless a contrast or a concession says otherwise (stop 28)
    ("my temp is 39 and it's 95 degrees out", S, ["fever"]),
    ("my heart started racing after the train journey", S, ["fast_heartbeat"]),  # a train is no training
    ("after my game i started seeing bugs crawling on the walls", S, ["hallucinations"]),
    ("went up the stairs and my legs went completely stiff and wouldn't move for an hour", S, ["muscle_stiffness"]),
    ("ran 5 miles yesterday but today at rest my heart is still racing", S, ["fast_heartbeat"]),
    ("my husband is shivering under 3 blankets even though it's 75 degrees out", S, ["shivering"]),
    ("it's 50 degrees out and i'm drenched in sweat", S, ["sweating"]),
    ("the heating is on full and i'm still shivering", S, ["shivering"]),
    ("the trembling went on for ages this morning", S, ["tremors"]),  # a spell that runs on, not a lifelong one
    # a machine's reach ends at a person's own words; a body likened to one is a body; "my old" names no cause
    # unless it is an old medicine (stop 27)
    ("sat at the computer and my hands started shaking", S, ["tremors"]),
    ("on the computer my heart started racing", S, ["fast_heartbeat"]),
    ("can barely hold my phone im shaking so bad", S, ["tremors"]),
    ("staring at the screen my vision started crawling with bugs", S, ["hallucinations"]),
    ("robaxin gave me a stomach that felt like a washing machine", S, ["nausea"]),
    ("my old dog died last week and i've been throwing up since", S, ["vomiting"]),
    ("my old back injury flared up and now my hands are shaking", S, ["tremors"]),
    ("my hands have been shaking all week and i was sick once, not since", S, ["tremors"]),  # only the episode stopped
    ("she had a seizure on the kitchen floor, it stopped after a minute", S, ["convulsions"]),  # a seizure is over
    ("he stopped breathing for a moment but it passed", E, ["breathing_problem"]),  # an emergency sign stays one
    ("shaking and sweating, can i have a coffee with soma?", S, ["tremors", "sweating"]),  # asked about, no cause
    ("saw a man in the corner of my room and then he was gone", S, ["hallucinations"]),
    ("could soma cause a temperature, mine's 38.7 right now", S, ["fever"]),  # a clause of the question reports
    ("does it cause the runs cos i've got it bad since last night", S, ["diarrhea"]),
    ("is it safe to drive tomorrow? took 7 tonight", E, ["overdose"]),  # tablets said as taken, beside a question
    ("2 with breakfast, 2 at lunch and 2 now, too many?", E, ["overdose"]),
    ("my dad can't walk straight, he's all over the place", S, ["loss_of_coordination"]),  # all over: no ending
    ("restlessness, sweating and panic attacks since starting it", S, ["restlessness", "sweating"]),  # no cause
    ("bad migraine, vomiting and shaking since i started soma", S, ["vomiting", "tremors"]),  # a list, no cause
    ("i'm diabetic and my hands have been shaking since the soma", S, ["tremors"]),  # a condition is no cause named
    ("don't feel sick but my hands are shaking all day", S, ["tremors"]),  # "don't" opens no question
    ("is he shaking because of the soma", S, ["tremors"]),  # "is he" names someone; Soma is no other cause
    ("my hands are shaking because of the soma", S, ["tremors"]),
    # a dropped subject is no question without its "?" ("is" or "are" never open one alone)
    ("is barely breathing", E, ["breathing_problem"]),
    ("is having a seizure", E, ["seizure_now"]),
    ("are shaking badly and sweating", S, ["tremors", "sweating"]),
    # a cause only likened to, a condition of the patient's, a treated site far from the mention explain nothing
    ("heart pounding like an adrenaline rush since soma", S, ["fast_heartbeat"]),
    ("i'm pregnant and vomiting since starting soma", S, ["vomiting"]),
    ("my legs went rigid last night, i take it for a slipped disc", S, ["muscle_stiffness"]),
    # an ending in part or under way, a denial of how often only; 'once' is no condition; a what-if going on now or
    # past; a simile, 'because i can't', and the treated site better while another part is new
    ("the nausea has settled a little but it's still there", S, ["nausea"]),
    ("shakes are wearing off slowly", S, ["tremors"]),
    ("my calves don't twitch as much now", S, ["twitching"]),
    ("once he starts shaking he can't stop", S, ["tremors"]),
    ("if his hands are shaking right now what do i do", S, ["tremors"]),
    ("what do i do if he started vomiting an hour ago", S, ["vomiting"]),
    ("can soma cause sweating, my husband is drenched", S, ["sweating"]),
    ("is my shaking a side effect?", S, ["tremors"]),
    ("my neck has been stiff since the first dose", S, ["muscle_stiffness"]),
    ("stiff all over, like after a long race", S, ["muscle_stiffness"]),
    ("pacing the flat because i can't sit down", S, ["restlessness"]),
    ("i don't sweat as much as before but i still wake up soaked", S, ["sweating"]),
    ("my back spasms are better since soma but now my legs are twitching", S, ["twitching"]),
    # worse on soma beats another cause; 'the first week' is no ending; a statement after a question and a comma; 'and
    # dry mouth' is a list going on, not an ending; a long-standing condition far along the sentence (stop 23)
    ("my tremor from parkinsons is much worse since starting soma", S, ["tremors"]),
    ("always sweated a lot but it's way worse on soma", S, ["sweating"]),
    ("queasy for the first week on it", S, ["nausea"]),
    ("what do i do, i vomit every time i take it", S, ["vomiting"]),
    ("how long does this last, he sweats all night", S, ["sweating"]),
    ("bad nausea and dry mouth", S, ["nausea"]),
    (
        "night sweats and diarrhea were the worst of it on zoloft, and then the anxiety i have had for years came back",
        S,
        ["sweating", "diarrhea"],
    ),
    # a part said to be fine beside a symptom, a contrast after it, today's report after a time long past (stop 24)
    ("i'm shaking and my temp is normal", S, ["tremors"]),
    ("my pulse was normal this morning but now it's pounding", S, ["fast_heartbeat"]),
    ("my stomach is ok but i threw up twice", S, ["vomiting"]),
    ("years ago i started soma and i get the shakes", S, ["tremors"]),
    ("he can't settle at all since his muscle relaxer", S, ["restlessness"]),  # "all since" ends nothing
    ("i can't catch my breath since taking soma", E, ["breathing_problem"]),
    ("my hands keep shaking my head hurts", S, ["tremors"]),  # a run-on: no head shaken for no
    # a cause named explains no seizure, whichever part reads it (the learned part here)
    ("she had a sort of episode after the gym, eyes fluttering, arms going, over now", S, ["convulsions"]),
    ("had a coffee this morning and now i'm sweating buckets since starting soma", S, ["sweating"]),
    # a back, not a time
    ("my son's heart is going so quick i can feel it through his back when i hug him, on soma", S, ["fast_heartbeat"]),
    # another medicine named as the cause explains nothing away: the patient has the symptom (stop 25)
    ("cyclobenzaprine makes me shake", S, ["tremors"]),
    ("flexeril made me see bugs on the wall last night", S, ["hallucinations"]),
    # a cause denied explains nothing (stop 26); a denial of having it for years is still the past
    ("no other illness going around, but i've been throwing up since yesterday", S, ["vomiting"]),
    ("it's not from the gym, i'm sweating sitting still", S, ["sweating"]),
    # a vow never to take it again, or a symptom back, is no recovery
    ("i have been sweating buckets, never again will i take this", S, ["sweating"]),
    ("oh no not again, my hands are trembling", S, ["tremors"]),
    # a class at school is no workout
    ("my hands are shaking during class since i started soma", S, ["tremors"]),
    # a fit at a place, and a sleep woken from only when help came, stay what they are
    ("he had a fit at work this morning", S, ["convulsions"]),
    ("he didn't wake up until the paramedics came", E, ["unresponsive"]),
    # (stop 32) a story ends at waking, and watching is no story; a job's people said to take Soma, or told as new or
    # worse, are a carer's report; an emergency sign is called one at work too; the writer is no story
    ("had a dream where i was falling and woke up drenched in sweat", S, ["sweating"]),
    ("we were watching a film when he started shaking all over", S, ["tremors"]),
    ("watched a movie about seizures and now my hands are shaking", S, ["tremors"]),
    ("one of my residents has had diarrhoea since her soma went up", S, ["diarrhea"]),
    ("one of my residents is on soma and has been vomiting all morning", S, ["vomiting"]),
    ("one of my clients has started shaking all over", S, ["tremors"]),
    ("one of my residents isn't breathing", E, ["breathing_problem"]),
    ("since the cat died i've been shaking", S, ["tremors"]),
    # ... and a story or a job's people never hide an emergency sign: a run-on may tell of one beside them
    ("watching a movie where he gets shot my dad collapsed", E, ["unresponsive"]),
    # ... an episode or a series is a medical word too, and a back is no time gone by
    (
        "mum had one of those episodes where she goes rigid and shakes all over, it's stopped now. she's on soma",
        S,
        ["convulsions"],
    ),
    ("had a series of fits about an hour apart, he's awake now", S, ["convulsions"]),
    ("ugh beads of sweat rolling down my back in the supermarket. 5 days on soma", S, ["sweating"]),
    ("this med gave me a racing heart, like i'd downed 6 energy drinks, except i'd had nothing", S, ["fast_heartbeat"]),
    # ... described in the writer's own words (stop 32)
    ("my husband went down in the garden and he's not coming round", E, ["unresponsive"]),
    ("dad takes oxycodone and soma and he can barely open his eyes this afternoon", E, ["overdose"]),
    ("big welts coming up on my arms and it's hard to get air in", E, ["breathing_problem"]),
    ("my daughter's hands are juddering when she holds a pen, she's on soma", S, ["tremors"]),
    ("he keeps brushing bugs off his legs and there's nothing there", S, ["hallucinations"]),
    ("feels like a hummingbird trapped in my chest since lunch", S, ["fast_heartbeat"]),
    # (stop 37: coming to on the floor is a faint as well, the emergency reply, as the dev set's rules have it)
    ("bit my tongue and came to on the kitchen floor, no idea what happened", E, ["convulsions"]),
    ("spewed three times since tea, first week on soma", S, ["vomiting"]),
    # (stop 33) the writer's own words, a second English, a report inside other news, an answer given as why one asks
    ("there are gaps when his chest doesn't move at all, maybe 10 seconds", E, ["breathing_problem"]),
    ("she goes quiet, no breath at all, then a big gasp", E, ["breathing_problem"]),
    ("long pauses between his breaths tonight, he's on soma for his back", E, ["breathing_problem"]),
    ("he took his soma with his percocet and he won't stay awake", E, ["overdose"]),
    ("few beers and a soma, my mate keeps nodding out on the sofa", E, ["overdose"]),
    ("i just took it twice by mistake", E, ["overdose"]),
    ("is soma known to make people queasy? only asking cause i do", S, ["nausea"]),
    ("feel sick every time i take it, what can i eat with it?", S, ["nausea"]),
    ("my stomach is going very fast, no solid, all water", S, ["diarrhea"]),
    ("i have to run to toilet many times since this pill", S, ["diarrhea"]),
    (
        "passed my driving test! also chatted to my nan for ages before realising she wasn't there",
        S,
        ["hallucinations"],
    ),
    ("my dad mentioned his late wife visits, like she's sitting in her chair. he's on soma", S, ["hallucinations"]),
    ("heard voices in the hall but the radio was definitely off", S, ["hallucinations"]),
    ("my hand has a jerk i can't control since starting soma", S, ["tremors"]),
    ("cold right through, three blankets and it's not helping", S, ["shivering"]),
    ("couldn't get the key in the door, took ages, keep missing", S, ["loss_of_coordination"]),
    # ... and a dropped subject after an animal the writer did something to is the writer's own (stop 33)
    ("fed the dog and threw up twice", S, ["vomiting"]),
    ("walked the dog, came home shaking all over", S, ["tremors"]),
    ("feel boaky all day since the new dose", S, ["nausea"]),
    # ... as an online review tells it (stop 33)
    ("always felt like i was about to be sick on it, lost my appetite", S, ["nausea"]),
    ("can't even eat toast anymore without feeling queasy since i started", S, ["nausea"]),
    ("the pills make him feel sick every morning so he skips breakfast", S, ["nausea"]),
    ("palpitations were the main side effect for me", S, ["fast_heartbeat"]),
    ("the new tablets gave me a seizure last month, my neurologist knows", S, ["convulsions"]),
    ("my balance was shot the whole first week", S, ["loss_of_coordination"]),
    ("the smell of toast made me gag, which has never happened before", S, ["nausea"]),
    # ... typed on a phone (stop 33)
    ("BUM IS EXPLODING every hour since my dose", S, ["diarrhea"]),
    ("alexa has been vomiting all night, she's on soma", S, ["vomiting"]),  # a name, never a machine (stop 33's review)
    ("mum keeps chatting to her sister who died years ago like she's right there", S, ["hallucinations"]),
    ("mum can't hold her teacup now without it rattling on the saucer", S, ["tremors"]),
    ("chundered twice this arvo mate, reckon it's the soma?", S, ["vomiting"]),
    ("had a nightmare my husband says i stopped breathing in my sleep", E, ["breathing_problem"]),
    ("nurse here, half my patients can't breathe properly on a good day", E, ["breathing_problem"]),
    ("mum keeps seeing a cat on the stairs, we don't have a cat", S, ["hallucinations"]),
    ("on my laptop all day and then threw up twice", S, ["vomiting"]),
    ("i've been sick as a dog, throwing up all night", S, ["vomiting"]),
    ("i play a lot of games and my hands shake", S, ["tremors"]),
    ("she's been talking to my grandad who died in 2015, like she can see him", S, ["hallucinations"]),
    # ... a cause explains what it can cause, told in the same item or the sentence after a symptom said alone
    ("sweating, lost interest in sex because of the stress at work", S, ["sweating"]),
    ("dry mouth, tremors(spasms), sleeping more", S, ["tremors"]),
    ("Been sweating every night for a week and it's getting worse. Went to the gym today.", S, ["sweating"]),
    ("Sweating buckets. Honestly no idea why. It's 40 degrees here though", S, ["sweating"]),
    ("- sore throat (kid had a cold last week)\n- fever 38.3\n- shivering\nwhat do u think", S, ["fever", "shivering"]),
    ("Shaking badly. Four espressos before 10am, and throwing up twice", S, ["vomiting"]),
    ("I threw up on the bus and i'm shivering, it's freezing in here", S, ["vomiting"]),
    ("walking into walls like i've been on a rollercoaster", S, ["loss_of_coordination"]),
    ("fever 38.9 since last night, went to the gym yesterday", S, ["fever"]),
    ("i'm 38.5 degrees and sweating in bed", S, ["fever", "sweating"]),
    # (stop 34) ... but not a sentence that goes on, nor hours ago
    ("I'm shaking. Nothing since i took it helped", S, ["tremors"]),
    ("heart pounding, that was an hour ago", S, ["fast_heartbeat"]),
    ("i saw my late husband sitting in his chair last night", S, ["hallucinations"]),
    ("after stopping the soma i've had the trots non stop for two days", S, ["diarrhea"]),
    ("i've been chilling all night, can't get warm", S, ["shivering"]),
    # (stop 34) a typo is corrected to find a symptom, never a cue that ends one ("slopped" is no "stopped")
    ("my hands wont stay still, slopped coffee all over the table picking it up", S, ["tremors"]),
    ("the shaking stoped yesterday but now it's back", S, ["tremors"]),
    # (stop 35) ... a denial that does not reach, a present "if", a visit, an ending beside an emergency sign
    ("not even cold and im shaking like crazy", S, ["tremors"]),
    ("should i worry if my hands are shaking?", S, ["tremors"]),
    ("my hands are shaking. stopped by the pharmacy for advice", S, ["tremors"]),
    ("my husband had a seizure and now he wont wake up. It stopped after 3 minutes.", E, ["unresponsive"]),
    ("she didn't wake up at 7 like usual and we can't rouse her", E, ["unresponsive"]),
    # (stop 35's review) what the new cues and masks must leave alone: a visit is no ending, a duration no ending, a
    # warning then the symptom is a report, a throat closing beside a tablet is no big tablet
    ("shaking all morning, went after lunch to the GP", S, ["tremors"]),
    ("shaking for over 2 days after starting soma", S, ["tremors"]),
    ("they told me to expect nausea and its awful", S, ["nausea"]),
    ("the tablets are fine but my throat swelled, hard to swallow", E, ["severe_allergic_reaction"]),
    # (stop 36's review) what the new cues and masks must leave alone: read about then had, read of then had, new until
    # soma, a cause only thought, the drug that sickens beside a queue, tablets got from a purse, a likeness of a cause,
    # a limb that won't straighten
    ("read about the night sweats and yep, drenched every night", S, ["sweating"]),
    ("i read you can get the shakes and i have them bad", S, ["tremors"]),
    ("i read about tremors and i have them bad", S, ["tremors"]),  # (stop 36's review: no "read about" what-if)
    ("sweating buckets at night, that never happened to me until soma", S, ["sweating"]),
    # (stop 36's review) a cold room is no cold caught; a fever's ending is no shaking's
    ("i'm sweating buckets but it's cold in here", S, ["sweating"]),
    ("shaking went down to just my hands now", S, ["tremors"]),
    ("my back spasms are worse in the mornings now, never this bad before soma", S, ["twitching"]),
    ("i thought it was the flu but the fever won't go down", S, ["fever"]),
    ("the line at the pharmacy was long and the soma makes me feel sick", S, ["nausea"]),
    ("i got soma from my mum's purse and took 10", E, ["overdose"]),
    ("feels like the worst hangover, nauseous from morning to night", S, ["nausea"]),
    ("i feel like i've got the flu, sweating and shivering", S, ["sweating", "shivering"]),
    ("can't straighten my knees, legs stiff as boards", S, ["muscle_stiffness"]),
    # (stop 36's review) a count of tablets beside children, a fever gone back up, a "not" that denies a breathing sign
    ("had 8 of my soma with the kids around", E, ["overdose"]),
    ("the fever went back up to 39", S, ["fever"]),
    ("the fever came back to 39 last night", S, ["fever"]),
    # (stop 36's review) a relative clause's time tells when it was had, not that it is over; a denied ending
    ("the nausea i had before soma is back with a vengeance", S, ["nausea"]),
    ("the twitching i felt years ago started again since soma", S, ["twitching"]),
    ("the diarrhea i had last month never went away", S, ["diarrhea"]),
    ("i'm not short of breath, just shaking", S, ["tremors"]),
    # (stop 36's review) a likeness of coffee, a leaflet's symptom had, the treated site worse since soma, a count to
    # take asked about
    ("feel like i've had like 10 coffees, heart pounding and i've had none", S, ["fast_heartbeat"]),
    ("the shaking on the leaflet list is exactly what i have", S, ["tremors"]),
    ("my back spasms are worse since starting soma", S, ["twitching"]),
    # (stop 36's review) a denial stops at a new verb after "and", even one a mention starts with
    ("no fever and my heart is racing", S, ["fast_heartbeat"]),
    ("no appetite and feel sick all the time", S, ["nausea"]),
    ("shivering and got soaked in sweat overnight", S, ["shivering", "sweating"]),
    # (stop 37) an ending reaches back over where the symptom was, and an early spell told as over ends it, but neither
    # a body used to the dose, a time of day, a spell that came back, nor a denial of the ending
    ("my hands are shaking, my body adjusted to the dose but not this", S, ["tremors"]),
    ("nausea every morning but by lunch i feel fine", S, ["nausea"]),
    ("nauseous since day 1, not fine after that at all", S, ["nausea"]),
    ("the tremor in my hand disappeared but came back today", S, ["tremors"]),
    ("i had diarrhea the first day, after that it was fine but now it's back", S, ["diarrhea"]),
    ("the shaking in my hands has not stopped", S, ["tremors"]),
    # (stop 37) an ending denied, new since soma, what came up, a worry that came true; a pulse that went up to over 100
    ("trembling hands and dry mouth are the two that never went away for me", S, ["tremors"]),
    ("pit stains by 10am which never ever happened before soma", S, ["sweating"]),
    ("threw up bile because there was nothing left in me", S, ["vomiting"]),
    ("my hands shake, it never happened to me before soma", S, ["tremors"]),
    ("i expected to feel better but i'm shaking", S, ["tremors"]),
    ("i never had any of the sweating before soma, now i'm drenched", S, ["sweating"]),
    ("vomiting then nothing would stay down", S, ["vomiting"]),
    ("resting pulse went from about 65 to over 100 on soma", S, ["fast_heartbeat"]),
    ("i read about night sweats but i never had them before soma, now soaked every night", S, ["sweating"]),
    ("none of that helps, i'm still shaking", S, ["tremors"]),
    ("not even a little better, still throwing up", S, ["vomiting"]),
    ("my memory is shaky and my hands are shaking", S, ["tremors"]),
    # (stop 37's review: its own rules had silenced these) a denial the drug ended, a fear of what is there, an ending
    # denied, nothing that helped, a clause of its own, a shake had
    ("i never had any of these tremors until i started soma", S, ["tremors"]),
    ("i never had shaking until i started soma", S, ["tremors"]),
    ("no sweats at all till i started taking soma", S, ["sweating"]),
    ("i'm afraid i have the shakes", S, ["tremors"]),
    ("im scared i have a fever, its 39", S, ["fever"]),
    ("the shakes, none of that stuff has stopped", S, ["tremors"]),
    ("diarrhea since day 1, nothing after the first week has helped", S, ["diarrhea"]),
    ("my confidence is shot and i'm shaky", S, ["tremors"]),
    ("i have a shake in my hands", S, ["tremors"]),
    # (stop 37) stiffness beyond the one place it was or in a place Soma was not taken for; a body part that hasn't
    # stopped all day (no medicine stopped)
    ("cant turn my head now, neck gone stiff, i was only taking it for my hip", S, ["muscle_stiffness"]),
    ("legs like concrete, cant bend my knees properly, it was only my neck before", S, ["muscle_stiffness"]),
    ("is twitching a side effect? my calf hasnt stopped all day", S, ["twitching"]),
    # (stop 37, a red-team set written against its own rules) handwriting shaken; the world gone grey, then the ceiling;
    # a pulse listed through the day, the newest now
    ("cant sign my name properly, my writing looks like an earthquake hit it", S, ["tremors"]),
    ("everything went grey and then i was looking at the ceiling from the hallway carpet", E, ["unresponsive"]),
    ("hr was 95 yesterday, 99 this morning, 112 now and im in bed", S, ["fast_heartbeat"]),
    ("if i'm shaking like this should i stop", S, ["tremors"]),
    ("what do i do if i start shaking again like last night", S, ["tremors"]),
    # (stop 38) a denial of the time before is what is new: before, till, like this, a degree never reached
    ("i never had the shaking before soma", S, ["tremors"]),
    ("i never had the shakes before i started soma", S, ["tremors"]),
    ("i never had shaking before", S, ["tremors"]),
    ("my husband never had the sweats before his back meds", S, ["sweating"]),
    ("never once had a racing heart until zoloft", S, ["fast_heartbeat"]),
    ("didn't feel sick till i took it", S, ["nausea"]),
    ("i have never had tremors like this", S, ["tremors"]),
    ("i'd never been so nauseous in my life", S, ["nausea"]),
    ("i had never had a seizure in my life until i was on soma and tramadol", S, ["convulsions"]),
    # (stop 38) nothing new or worse said of the whole, then a report; a climb too small to explain a pounding heart; a
    # hangover's feeling, no hangover; a denial for oneself beside a report; restless at night; shirts dripped through
    ("nothing new, but my hands are shaking", S, ["tremors"]),
    ("not worse, i've been sweating though", S, ["sweating"]),
    ("never once had a racing heart until zoloft, now it pounds just walking up the stairs", S, ["fast_heartbeat"]),
    ("lexapro gave me that hungover pit in the stomach feeling, like i could hurl at any second", S, ["vomiting"]),
    ("i read it can cause shaking but nothing like that for me, i have been sweating though", S, ["sweating"]),
    ("so restless at night i pace the hall", S, ["restlessness"]),
    ("on zoloft i drip through my shirts by noon", S, ["sweating"]),
    ("my insides are sloshing around like a washing machine", S, ["nausea"]),
    # (stop 38, a second pass) a look described; a stomach turned hard; the walls climbed; a cold wet brow; a climb, a
    # cause or a denial that can't explain away what is new; a pulse said of the heart; never, misspelt
    ("looked like i just climbed out of the pool and i was sitting at my desk", S, ["sweating"]),
    ("it turned my stomach so bad i couldnt eat anything", S, ["nausea"]),
    ("i was climbing the walls by day 4 of the increase", S, ["restlessness"]),
    ("needed to walk it off constantly, just could not stay seated", S, ["restlessness"]),
    ("on soma i get these spells with a cold wet forehead and wet palms", S, ["sweating"]),
    ("i get super sweaty from even mild exercise now, like walking the dog", S, ["sweating"]),
    ("a thudding fast heart whenever i climbed the stairs, never had that before", S, ["fast_heartbeat"]),
    ("one flight of stairs and my heart is thumping out of my chest, never used to", S, ["fast_heartbeat"]),
    ("i used to get the shakes but never used to get them this bad", S, ["tremors"]),
    ("the headache isnt worse, but now my hearts going like 120 just sitting on the sofa", S, ["fast_heartbeat"]),
    ("nevr had diarrea b4 soma now im runnin to the loo every hour", S, ["diarrhea"]),
    ("i never had the shakes before, is this normal?", S, ["tremors"]),
    ("never had shaking before, can soma cause this?", S, ["tremors"]),
    ("i never had the shakes before, is it ok?", S, ["tremors"]),
    ("my hands shake, didnt have that at all last week", S, ["tremors"]),
    ("my hands are shaking, nothing for me to do but wait", S, ["tremors"]),
    # (stop 38's review) what this stop's own denials, pasts and causes must not reach
    ("my hands shake, never had anything new like this", S, ["tremors"]),
    ("i had the stomach flu last month, now on soma i have diarrhea again", S, ["diarrhea"]),
    ("my hands are shaking like crazy, not had that at all", S, ["tremors"]),
    ("im shaking bad, but nothing like that happened before soma", S, ["tremors"]),
    ("sweating buckets, but nothing like that with the other drug", S, ["sweating"]),
    ("i felt like a sugar rush that never ends, couldnt sit still", S, ["restlessness"]),
    ("restless nights pacing the floor", S, ["restlessness"]),
    # (stop 38) an ending against what lingers: told to pass, still there
    ("the shaking stopped for a bit but it has stuck around since", S, ["tremors"]),
    ("people kept telling me the sweating would go away. 2 years and counting", S, ["sweating"]),
    ("the nausea went away but the sweating never did", S, ["sweating"]),
    ("soma didn't make the shaking stop", S, ["tremors"]),
    ("nothing helps the sweats go away", S, ["sweating"]),
    ("it didn't make me feel better, still shaking", S, ["tremors"]),
    ("the pharmacy never gave me the leaflet and i'm shaking", S, ["tremors"]),
    ("but i never had any idea the shaking could be from soma", S, ["tremors"]),
    # (stop 38, a chat tuning set) come to with people about, folded up, a dead weight, not a flicker, the ceiling seen
    # next; a learner's words for sweat, pacing and a running heart
    ("everything went fuzzy and i came to with people standing over me", E, ["unresponsive"]),
    ("he was talking then just sort of folded up on the stairs and now he's just lying there", E, ["unresponsive"]),
    ("gave him his soma at 8, now at 10 he is a dead weight and makes no sound when i call him", E, ["unresponsive"]),
    ("he's in the armchair and i can't get a word or a flicker out of him", E, ["unresponsive"]),
    ("one second i was at the sink, the next i was looking up at the ceiling", E, ["unresponsive"]),
    ("i came round on the bathroom floor about ten minutes ago", E, ["unresponsive"]),
    ("too much sweet on my face and back all day, water come from skin", S, ["sweating"]),
    ("he not can stay calm, going around house all time, agitate, from 3 day", S, ["restlessness"]),
    ("heart is runing like after sport but i am only sitting", S, ["fast_heartbeat"]),
    # (stop 39's review) what this stop's endings, denials and causes must not reach: a spell back or still going,
    # nothing that helped, a while with nothing, days that passed, a person who went away, a denial of a lessening or
    # a wish that it didn't, an effort outlasted
    ("the nausea went away but now its back worse than ever", S, ["nausea"]),
    ("i was shaking, then nothing helped and now its worse", S, ["tremors"]),
    ("felt sick then nothing for an hour then threw up twice", S, ["nausea", "vomiting"]),
    ("felt queasy then i was fine for a bit but now im puking", S, ["vomiting"]),
    ("been throwing up, then my stomach adjusted a bit but its still going", S, ["vomiting"]),
    ("i was nauseous as the days passed", S, ["nausea"]),
    ("i've been nauseous all week, my wife went away for work", S, ["nausea"]),
    ("had the shakes the first week and then i was fine until yesterday when they came back", S, ["tremors"]),
    ("soma didn't make me stop shaking", S, ["tremors"]),
    ("it didn't make me any less queasy", S, ["nausea"]),
    ("i wish it didn't make me sweat more but it's a side effect i'll live with", S, ["sweating"]),
    ("back from the gym and my heart is racing, still 130 after an hour resting", S, ["fast_heartbeat"]),
    ("went for a run, 2 hours later my heart is still pounding", S, ["fast_heartbeat"]),
    ("my heart raced, doc said it would pass and it didn't", S, ["fast_heartbeat"]),
    ("nausea for weeks, after that nothing helped", S, ["nausea"]),
    ("sweating at night, not anymore during the day though", S, ["sweating"]),
    ("the twitching faded out but now my legs are jerking again", S, ["twitching"]),
    ("i spilled my coffee because my hands are shaking so bad", S, ["tremors"]),
    ("i'm drenched in sweat, then cooled off but its back again", S, ["sweating"]),
    ("the ground was shaking and my husband collapsed", E, ["unresponsive"]),
    ("pacing the kitchen at midnight because lying down feels physically impossible", S, ["restlessness"]),
    ("up and pacing because i couldn't sit still", S, ["restlessness"]),
    ("my hands shake but it stopped me from writing", S, ["tremors"]),
    ("the queasiness never fully went away, even 4 months in it's there most mornings", S, ["nausea"]),
    ("the nausea got a little better after week 2 then came right back once i hit 100mg", S, ["nausea"]),
    ("the shaking leveled out for a day but now its worse again", S, ["tremors"]),
    ("my heart is racing and it stopped happening at night but during the day its bad", S, ["fast_heartbeat"]),
    ("diarrhea for 3 days and done nothing to help", S, ["diarrhea"]),
    ("the sweats tapered off but came back with a vengeance", S, ["sweating"]),
    ("my hands are shaking, then i went away for the weekend and it got worse", S, ["tremors"]),
    ("i'm shaking so much i can't hold a cup, my husband's hands are steady as a rock", S, ["tremors"]),
    ("not once but twice i threw up after my dose", S, ["vomiting"]),
    ("i had a seizure last night, nothing like that has ever happened to me before", S, ["convulsions"]),
    ("my hands shake, i tried everything, nothing has fixed that", S, ["tremors"]),
    ("i was sweating over my whole body", S, ["sweating"]),
    ("fine by day 4 but day 5 the shaking came back", S, ["tremors"]),
    ("i was shaking early this morning", S, ["tremors"]),
    # (stop 39) a likeness to flu, a cause someone else guessed at, cold when warmth is all around
    ("got the flu-ish cold shakes every evening after coming off lexapro", S, ["shivering"]),
    ("noticeable shaking in my arms and hands, my boss asked if i'd had too much coffee", S, ["tremors"]),
    ("i'd sit in a 75 degree house bundled in a parka, body rattling from cold", S, ["shivering"]),
    # (stop 39's red-team review of its own rules: each of these was silenced by one of them, or, marked *, by an older
    # rule; mended at the rule) a novelty that says it is new, a stop denied, an item that came instead, a promise of an
    # ending broken, a start said with "not since", a room cooled, a person who went somewhere, water splashed, a class,
    # a symptom listed, what is normal, a problem never had before, a pulse that went up, the medicine taken away, trips
    # counted, nothing that calms, nothing that fixed it, bouts that recur, the early hours, red vomit, a bucket sweated
    ("my hands are shaking so badly i can't hold a cup, nothing like this has ever happened to me", S, ["tremors"]),
    ("my husband is shaking all over, nothing like this has ever happened to him", S, ["tremors"]),
    ("not once has he stopped shaking since noon", S, ["tremors"]),
    ("soma doesn't make me drowsy, shaky instead", S, ["tremors"]),
    ("no drowsiness, shaking instead", S, ["tremors"]),  # *
    ("i'm shaking, the doctor said the tremors would settle and they have gotten worse", S, ["tremors"]),
    ("the vomiting was supposed to stop and it has been 3 days", S, ["vomiting"]),
    ("i can't sit still, not since i started the soma", S, ["restlessness"]),  # *
    ("i can't keep anything down, not since tuesday", S, ["vomiting"]),  # *
    ("i sweat through my sheets every night even if i cool down the bedroom", S, ["sweating"]),
    ("she's vomiting, went up to lie down", S, ["vomiting"]),
    ("she's hallucinating, went off to her room", S, ["hallucinations"]),
    ("i've got a fever and chills, went off to bed", S, ["fever", "shivering"]),
    ("she's throwing up, went away to her room", S, ["vomiting"]),
    ("i keep sweating through my shirt at work, i even splash water on my face every hour", S, ["sweating"]),
    ("just got home from class and my heart is racing and i'm drenched in sweat", S, ["fast_heartbeat", "sweating"]),
    ("i have every symptom you listed, shaking, sweating, a racing heart", S, ["tremors", "sweating"]),
    ("i have a new symptom a racing heartbeat", S, ["fast_heartbeat"]),
    ("my hands are trembling so bad, normally they're steady as a rock", S, ["tremors"]),
    ("i'm sweating buckets, never had a problem after taking it before", S, ["sweating"]),
    ("my heart rate is 140, which went up after my last dose", S, ["fast_heartbeat"]),
    ("my pulse is 140 and it went up after my dose", S, ["fast_heartbeat"]),  # *
    ("doctor took away the soma suddenly, shaking and sweating", S, ["tremors", "sweating"]),
    ("had diarrhea for 3 days and over 20 trips to the bathroom", S, ["diarrhea"]),
    ("i'm shaking like a leaf since nothing seems to calm me down", S, ["tremors"]),
    ("i've had diarrhea for days and nothing i take has fixed it", S, ["diarrhea"]),
    ("i keep getting bouts of racing heart, each lasted less than a minute", S, ["fast_heartbeat"]),
    ("woke up in the early hours drenched and shaking, it went away after an hour", S, ["sweating", "tremors"]),
    ("i threw up red stuff this morning", S, ["vomiting"]),
    ("i keep sweating out a bucket every night", S, ["sweating"]),
    ("i'm drenched in sweat just from doing the dishes", S, ["sweating"]),
    # (stop 39's final review) a medicine stopped after that is no ending; an ending that comes back every night
    ("i've been shaking since the second dose so i stopped after that", S, ["tremors"]),
    ("racing heart, it faded after an hour but it comes back every night", S, ["fast_heartbeat"]),
    # (stop 39's last review) the world fading is a faint coming, no ending: an older rule read it as both symptoms over
    ("i was shaking and sweating then everything faded.", S, ["tremors", "sweating"]),
    ("i was shaking then everything went black", E, ["unresponsive"]),
    # (stop 40) what its new endings and masks leave alone: an ending that came back, one denied, trouble of one kind,
    # vomiting beside a thing thrown out, a likeness that is not the past, a wish that is still a hint
    ("i was shaking all night, i calmed down after that but now it's back", S, ["tremors"]),
    ("the shaking hasn't settled down after that", S, ["tremors"]),
    ("sweating like crazy 6 months in and no issues with sleep though", S, ["sweating"]),
    ("nausea is constant, 2 months in with no improvement", S, ["nausea"]),
    ("threw my back out and now i'm throwing up", S, ["vomiting"]),
    ("my hands shake just like when i was a kid with a fever", S, ["tremors"]),
    ("i wish i'd known how to end it all", E, ["self_harm"]),
    ("my coordination is fine but i'm shaking", S, ["tremors"]),
    ("vitamin d and the nausea is still there", S, ["nausea"]),
    # (stop 40's red-team review) what its endings, denials and masks must not reach: an ending that came back, a spell
    # that came again, someone else's good year, balance said to be lost, a dose taken more than the regimen; and two
    # older gaps: a medicine taken for years is no cause of what it does now, a present "can't" after a comma
    ("the twitching was short lived, now it's constant", S, ["twitching"]),
    ("my heart was racing all morning, then it lifted for an hour, now it's pounding again", S, ["fast_heartbeat"]),
    ("i get the shakes every day after my dose, settled down after that but they come back every dose", S, ["tremors"]),
    ("i'm hallucinating, my husband is a year in now with zero issues so why me?", S, ["hallucinations"]),
    ("i'm shaking and sweating, my friend is 6 months in with no problems", S, ["tremors", "sweating"]),
    ("she's hallucinating, been on it for months, but never had anything like it", S, ["hallucinations"]),
    ("it's really messed with my balance, i'm all over the place", S, ["loss_of_coordination"]),
    ("it affected my balance and coordination, i'm like a drunk person", S, ["loss_of_coordination"]),
    ("i take my dose twice a day but today i took it 3 times", E, ["overdose"]),
    ("i took my dose twice every night this week because i forgot i'd taken it", E, ["overdose"]),
    ("my heart is pounding, i've taken it for years but never had anything like this", S, ["fast_heartbeat"]),
    ("i feel like when i was overdosing on oxy last year, can't breathe", E, ["breathing_problem"]),
    # (stop 40) ... nor a count made, someone's age now
    ("i counted her breaths and it's 7 a minute", E, ["breathing_problem"]),
    ("i'm sweating in my 20s", S, ["sweating"]),
    # (stop 40's second red-team review) what the rules it narrowed or took out had silenced: two of a pair, a pill that
    # knocked someone out, chills that are no story, someone else's hypo or a past low, a past that is back, a treated
    # condition gone beside a symptom that isn't
    ("we both took soma and neither of us can stop shaking", S, ["tremors"]),
    ("neither of us can breathe properly since the gas leak", E, ["breathing_problem"]),
    ("soma knocked him out cold, he's been out for 3 hours", E, ["unresponsive"]),
    ("i get chills just sitting on the couch since starting soma", S, ["shivering"]),
    ("my husband is having a hypo, meanwhile i'm shaking and my heart is pounding after my soma", S, ["tremors"]),
    ("my sugar levels were low this morning and i'm sweating and trembling", S, ["sweating"]),
    ("the panic attacks i had in my 20s are back, heart pounding at 140 since soma", S, ["fast_heartbeat"]),
    ("my hands are still shaking badly, the back spasms though, they're basically gone", S, ["tremors"]),
    ("i couldnt sit through a 30 minute tv show, had to keep getting up and moving", S, ["restlessness"]),
    # (stop 41) an effect of the first days that got worse, not better; what was never had before a drug
    ("i was sweating for the first few days then it got worse", S, ["sweating"]),
    ("soaked in sweat after the short walk, never had that before i started soma", S, ["sweating"]),
    # ... and what stop 41's second red-team review found its idiom masks had hidden: a heart racing on standing,
    # stiffness over the last days, a feeling sick not shaken off, falls told after falling asleep, an old man's
    # overdose
    ("my heart races when i stand up on soma", S, ["fast_heartbeat"]),
    ("my neck has been really stiff over the last few days since starting soma", S, ["muscle_stiffness"]),
    ("i cant shake off the feeling sick all day on soma", S, ["nausea"]),
    ("falling asleep all day and wobbling when i walk", S, ["loss_of_coordination"]),
    ("my old man got into my soma and swallowed a load", E, ["overdose"]),
    # (stop 48, a chat tuning set in heavy typos) words typed as they sound, a dropped final g, "n" for "and", "ain't"
    ("he not breathin rite its realy slow n shallo", E, ["breathing_problem"]),
    ("i tuk like 15 soma by accidant wat do i do", E, ["overdose"]),
    ("my hart beetin so fasst rn", S, ["fast_heartbeat"]),
    ("hartrate 110 restin on my fitbit", S, ["fast_heartbeat"]),
    ("cant walk strait wobblin evrywhere", S, ["loss_of_coordination"]),
    ("seein ppl in my room that aint there", S, ["hallucinations"]),
    ("he talkin to sumone in the corner but its empty", S, ["hallucinations"]),
    ("my wife is hot to the tuch", S, ["fever"]),
    ("cuz my husbnd sayin theres kids in the yard n there aint", S, ["hallucinations"]),
    ("he keeps saying there are bugs on the wall but there aren't", S, ["hallucinations"]),
    # ... a double negative ("can't keep nothing down"), the "is" dropped before a seizure, a seizure again
    ("cant keep nothin down it all comes rite back up", S, ["vomiting"]),
    ("he seizin again 3rd time this hour", E, ["seizure_now"]),
    ("my son convulsing on the floor", E, ["seizure_now"]),
    ("she's seizing again", E, ["seizure_now"]),
    # (the diff's review) a misspelling one letter off a word stays one for typo correction, never a dropped g
    ("i swallowed all my medicatin", E, ["overdose"]),
    ("having an allergic reactin to soma", E, ["severe_allergic_reaction"]),
    ("lost all coordinatin since taking soma", S, ["loss_of_coordination"]),
    ("me dad took his soma n he's jerkin all over", E, ["seizure_now"]),
    ("rapin heartbeat", S, ["fast_heartbeat"]),
    # (stop 53) ... nor the jests' and the causes' words beside a report
    ("i think tonight will be the end of me", E, ["self_harm"]),
    ("overdosed on my soma and coffee", E, ["overdose"]),
    ("its a hot day and i cant stop shaking", S, ["tremors"]),
    ("sweating so much and its not even a hot day", S, ["sweating"]),
    ("im shaking and its the soma", S, ["tremors"]),
    ("my 3 year old put one in her mouth", E, ["overdose"]),
    # (stop 53's red-team probes) ... nor the runs of a toilet, a concert's time, a hot day beside a resting pulse, a
    # game tonight, a visit
    ("been doing morning runs to the toilet since starting soma", S, ["diarrhea"]),
    ("my hands started shaking during the concert and haven't stopped", S, ["tremors"]),
    ("resting pulse 125 and it's a hot day but i'm just sitting in the ac", S, ["fast_heartbeat"]),
    ("feel really nauseous, it's the game tonight and i don't want to miss it", S, ["nausea"]),
    ("i'm hallucinating, my sister stopped by to check on me", S, ["hallucinations"]),
    # (stop 53's review of the change) ... nor a treat with the tablets after it, "my oldest", a bottle finished beside
    # a hint, one's own pain as the end of one, a cause asked about, a film's evening of chills, two hundred,
    # feeling hot
    ("i overdosed on coffee and soma", E, ["overdose"]),
    ("my oldest may have eaten some of my pills", E, ["overdose"]),
    # (stop 54, a chat tuning set) ... a count taken in an hour
    ("took 4 in half an hour", E, ["overdose"]),
    ("took three in twenty minutes", E, ["overdose"]),
    ("took 4 in the last hour", E, ["overdose"]),
    ("his brother got into jake's pills and took like 4 for fun", E, ["overdose"]),
    ("we can barely keep grandad awake after his soma and a few beers", E, ["overdose"]),
    ("im done with this bottle and im done trying", E, ["self_harm"]),
    ("this pain will be the end of me", E, ["self_harm"]),
    ("my heart is racing, it's the anxiety or the soma?", S, ["fast_heartbeat"]),
    ("ive had chills all evening watching a film", S, ["shivering"]),
    ("my heart rate is like two hundred bpm sitting down", S, ["fast_heartbeat"]),
    ("im sweating and feel really hot today", S, ["sweating"]),
    # (stop 53's second red-team probes) ... nor a cause someone else guesses beside the soma
    ("shaking all day - my doctor thinks it's the anxiety, i think it's the soma", S, ["tremors"]),
    # (stop 53's second review of the change) ... nor a jest said to be meant, chills beside another symptom, a sweat on
    # a hot day, caffeine pills, a question of whether to bother
    ("my job will be the end of me, i mean it", E, ["self_harm"]),
    ("ive had chills and shaking from the episode last night", S, ["tremors"]),
    ("cold sweats, its a hot day though", S, ["sweating"]),
    ("i overdosed on caffeine pills", E, ["overdose"]),
    ("i'm done with this bottle, do i even bother anymore", E, ["self_harm"]),
]

FORMATTING = [  # 7. markup, emphasis, emoji, repeated letters and full-width letters never lower a tier
    ("he's having a *seizure*", E, ["seizure_now"]),
    ("having a **seizure** help", E, ["seizure_now"]),
    ("<b>shaking</b> all over", S, ["tremors"]),
    ("~shaking~ so bad", S, ["tremors"]),
    ("soooo nauseouss 🤢", S, ["nausea"]),
    ("ｓｈａｋｉｎｇ and ｓｗｅａｔｉｎｇ", S, ["tremors", "sweating"]),
    ("MY HUSBAND IS NOT BREATHING", E, ["breathing_problem"]),
    # punctuation glued between words, a hyphen hanging off one (stop 23)
    ("nausea;insomnia", S, ["nausea"]),
    ("i've had nausea- all week", S, ["nausea"]),
    ("NAUSEA!!!and a headache", S, ["nausea"]),
    ("-shaking since my dose", S, ["tremors"]),
    ("tremors(spasms) since my dose", S, ["tremors"]),  # (stop 32) a bracket glued to a word
]


@pytest.mark.parametrize(
    "text, expected, symptoms", DESCRIBED + NUMBERS + QUESTION_AND_REPORT + EMERGENCIES + STILL_REPORTED
)
def test_urgent_language_is_read(triager, text, expected, symptoms):
    check(triager, text, expected, symptoms)


# (stop 56) the lexicon reads no self-harm in these any more; the learned part still hears one in each (0.5-0.8 on
# "want", "forever", "wish"), which the triage keeps: noticed, left alone (README)
@pytest.mark.parametrize(
    "text",
    [
        "wish i could just disappear under the covers till this spasm passes. does heat help alongside soma?",
        "I don't want to be on it forever, can i stop after two weeks?",
    ],
)
def test_a_wish_to_hide_and_a_medicine_not_wanted_are_no_hint_to_the_lexicon(triager, text):
    assert "self_harm" not in triager.detector(text).reported, text


@pytest.mark.parametrize(
    "text",
    [
        "tremors? which side effects are serious?",
        "sweating? yes or no",
        "sweating? nope",
        "Fainting? yes, that's on the leaflet right",
        "Seizures? Once, as a kid, none since.",
        "Sweating? Definitely not.",
        "Shaking? yeah no, not at all",
        "Fever? Yes. Got it, thanks",
        "Seizures? Yeah my uncle had those. anything else?",
    ],
)
def test_a_symptom_asked_alone_is_asked_whatever_follows_it(triager, text):
    """(stop 56) a symptom asked alone and answered by the writer was read as told where the answer was yes; two red
    teams found ordinary replies it alarmed ("Fever? Yes. Got it, thanks", "Seizures? Yeah my uncle had those"), so it
    was taken out: the question stays a question, never silence"""
    assert triager.detector(text).level is Level.QUESTION, text


@pytest.mark.parametrize(
    "text",
    ["shivering, probably because i just got out of the cold pool", "sweating loads cos i just ran. is that normal?"],
)
def test_a_guess_told_still_explains_only_one_asked_does_not(triager, text):
    assert triager.detector(text).level is Level.NONE, text


@pytest.mark.parametrize("text", SELF_HARM)
def test_any_hint_of_self_harm_gets_the_emergency_reply(triager, text):
    triage = triager(text)
    assert (triage.level, triage.self_harm) == (Level.EMERGENCY, True), text


# what the masks beside self-harm's words leave alone: the lexicon itself reads these, so that the emergency reply
# never rests on the learned part alone (stop 26 review: "without me for", "finally let go of" and "wake up feeling"
# were masks, and only the learned part still caught these)
UNMASKED_SELF_HARM = [
    "they'd be better off without me for good",
    "everyone will be fine without me when i'm gone",
    "i finally let go of everything tonight",
    "i don't want to wake up feeling like this ever again",
    "sitting in the garage with the engine running",  # the machine mask of stop 27 hides no hint of self-harm
]


@pytest.mark.parametrize("text", UNMASKED_SELF_HARM)
def test_a_mask_never_leaves_a_hint_of_self_harm_to_the_learned_part_alone(triager, text):
    assert "self_harm" in triager.detector(text).reported, text
    assert tier(triager(text)) == E


@pytest.mark.parametrize("text", LEXICON_SELF_HARM)
def test_the_lexicon_itself_reads_each_family_of_indirect_self_harm(triager, text):
    assert "self_harm" in triager.detector(text).reported, text


@pytest.mark.parametrize("text, expected, symptoms", FALSE_ALARMS)
def test_no_alarm_where_nothing_urgent_is_reported(triager, text, expected, symptoms):
    check(triager, text, expected, symptoms)


# (stop 44) whether one has to finish the box is a question about the course, no overdose read by the lexicon; what one
# has finished or used up is one, and the learned part still hears a hint in the rest
@pytest.mark.parametrize(
    "text, overdose",
    [
        ("do i need to finish the whole box", False),
        ("am i supposed to finish the whole pack even if i feel better", False),
        ("i have finished the whole bottle in 2 days", True),
        ("she finished the whole box since lunch", True),
    ],
)
def test_a_course_to_finish_is_no_overdose_but_a_box_finished_is(triager, text, overdose):
    assert ("overdose" in triager.detector(text).reported) is overdose, text


@pytest.mark.parametrize("text, expected, symptoms", FORMATTING)
def test_formatting_never_lowers_a_tier(triager, text, expected, symptoms):
    check(triager, text, expected, symptoms)


def test_a_finding_points_into_what_the_patient_wrote_through_the_normalisation(triager):
    text = "<b>my hubby</b> is ｓｈａｋｉｎｇ"
    [finding] = [f for f in triager(text).findings if f.symptom == "tremors"]
    assert text[finding.start : finding.end] == "ｓｈａｋｉｎｇ"


# ----------------------------------------------------------- 6. across turns (conversation())
CONVERSATIONS = [
    # (stop 55, a chat tuning set) a fit asked about, then said to be going on: the emergency reply, not the stop one
    (["can soma cause seizures?", "my wife is having one"], [G, E]),
    # a report split over two messages
    (["my heart", "is racing like crazy"], [A, S]),
    # a count given as a follow-up
    (["i took some of my soma", "like 6 of them"], [G, E]),
    (["i took some of my soma for my back", "5 or 6 maybe"], [G, E]),  # a range said back, then a hedge
    (["he took his soma tonight", "about ten i think"], [G, E]),  # a bare count, in words
    (["took soma", "six"], [G, E]),
    (["i take soma for my back", "2"], [G, G]),  # a count within the dose
    # a short answer that carries the symptom
    (["something's wrong with my wife", "breathing, it's really slow"], [G, E]),
    # benign follow-ups after an urgent reply are not alarmed again; a new symptom is
    (["my hands are shaking", "ok thanks", "will do", "now i'm throwing up too"], [S, G, G, S]),
    # help called closes the emergency; "still going" a turn later is the same emergency, not over (stop 25)
    (["she isn't breathing properly", "paramedics on the way", "it's still happening"], [E, G, E]),
    (["my husband won't wake up after his soma", "ambulance is on the way", "thanks, they're here now"], [E, G, G]),
    # alcohol said first, drowsiness later: together a suspected overdose
    (["my husband took his soma with a few beers", "now he's really hard to wake"], [G, E]),
    # an emergency stays open until the patient closes it: more told or asked gets the emergency reply again; a thanks,
    # a call made, help arrived, a summary or a "why?" closes it (stop 23)
    (["my husband took a handful of his soma", "he's 84", "ok calling 911 now"], [E, E, G]),
    (["my son swallowed some of my soma", "he seems fine right now", "thanks, the ambulance is on its way"], [E, E, G]),
    (["she won't wake up after her soma and wine", "what do i do while i wait?", "why?"], [E, E, G]),
    (["my wife is barely breathing", "Summary for my doctor"], [E, G]),
    # a stop reply stays until the patient closes it or takes the symptom back, as an emergency does (stop 30): other
    # symptoms denied, more of it told, a wait or what else to do asked, a seizure said to be over
    (["my legs are twitching", "anything else i should know?"], [S, S]),
    # ... and so do what to do next and whether to go to hospital, which the stop reply answers (stop 51: every
    # independent chat set labels them so; their own answers rested on the classifier); a summary gets its own answer
    (["my hands are shaking", "what else should i do?"], [S, S]),
    (["my heart is racing since i took soma", "should i go to the er or just wait it out"], [S, S]),
    (["my mom takes both and shes been vomiting since this afternoon", "what do i do"], [S, S]),
    (["my hands are shaking", "could you write a summary for my doctor"], [S, G]),
    (["my hands are shaking", "please delete my conversation"], [S, G]),
    # (stop 51) a symptom one turn placed as over is not revived by the turns run together; one said to be back is
    (["had some diarrhea the first day but it cleared up on its own", "today just a dry mouth", "tips for dry mouth"],
     [G, G, G]),
    (["the shaking stopped", "nope its back"], [G, S]),
    (["the shaking stopped", "my back is sore, its back to normal tho"], [G, G]),
    (["had some vomiting the first day but it cleared up", "today just a dry mouth", "ugh its started again"],
     [G, G, S]),
    # (stop 51's red-team probes) ... or here again, or worse: in its own turn, and in the turn after
    (["the shaking stopped", "here we go again"], [G, S]),
    (["the shaking stopped for a while", "but this afternoon its worse than ever", "what should i do"], [G, S, S]),
    (["the sweating stopped last week", "my back pain is worse today tho"], [G, G]),
    # (stop 51's review of the change) someone taken in closes the stop reply, never an emergency
    (["my dad is barely breathing", "ok ill take him in"], [E, E]),
    # ... and whether to call still, once it is better, gets the advice again
    (["my temp is 38.4 since soma", "its down to 37.1 after tylenol. do i still need to call my doctor?"], [S, S]),
    (["i've been throwing up all afternoon", "no fever though, and no runs"], [S, S]),
    (["my dad had a fit this morning, about a minute", "he's fine now, having a cup of tea"], [S, S]),
    # ... all well again closes only what its ending explains: a seizure stays told, sweats said to be over do not
    (["my dad had a fit this morning, about a minute", "he's feeling better now"], [S, S]),
    (["my legs keep twitching since my dose", "can i wait till my gp opens on monday?"], [S, S]),
    # a crisis line is taken in, not ended, by an okay; a call made ends it
    (["i've been saving my pills to take all at once", "k"], [E, E]),
    (["i've been saving my pills to take all at once", "thanks, i've called 988"], [E, G]),
    # ... nor by an okay or a thanks then what one will do, which closes any other emergency (stop 48's red-team probes)
    (["if someone is found after taking a lot what happens", "ty ill do that"], [E, E]),
    (["i've been saving my pills to take all at once", "ok i'll think about it"], [E, E]),
    (["her lips and tongue are swelling up", "ok i'll call"], [E, G]),
    # (the diff's review) a crisis stays one whatever emergency came after it; a sound or an address closes nothing
    # without a thanks or an okay; what one will do closes only when it follows the advice and asks nothing
    (["i want to end it all tonight", "i took 30 soma", "ty ill do that"], [E, E, E]),
    (["he took 20 of my soma", "oh my", "what do i do"], [E, E, E]),
    (["someone took a load of soma and wont wake up", "my mate", "what do i do"], [E, E, E]),
    (["her lips and tongue are swelling up", "thx will benadryl help", "what else"], [E, E, E]),
    (["he took 20 of my soma", "thx, ill just let him sleep it off"], [E, E]),
    (["he took 20 of my soma", "kk he's still very ill"], [E, E]),
    (["he took 20 of my soma", "ok ill call 911 now"], [E, G]),
    (["my hands are shaking", "thx im still ill"], [S, S]),
    (["my hands are shaking", "cheers, will it get worse?"], [S, S]),
    # (stop 49, a chat tuning set) a call made in a typo or said short, being taken in, help walked in, the crisis line
    # texted; a false alarm closes any emergency but a crisis, and a question about calling closes nothing
    (["he wont wake up after his soma", "ok calld 911"], [E, G]),
    (["he wont wake up after his soma", "ok 911 now"], [E, G]),
    (["he wont wake up after his soma", "911 now?"], [E, E]),
    (["i fainted in the shower after my soma", "my husband is taking me in now. thanks"], [E, G]),
    (["my dad collapsed and isnt responding", "paramedics just walked in, thank you"], [E, G]),
    (["i want to end it all", "ok im texting them now. thanks for answering"], [E, G]),
    (["i want to end it all", "ok thanks for answering"], [E, E]),
    (["he wont wake up after his soma", "thank god. sorry and thank you"], [E, E]),  # (an apology: the review)
    (["my brother took soma and isnt responding", "OMG false alarm, he had headphones on, hes talking now"], [E, G]),
    (["i want to end it all", "false alarm lol"], [E, E]),
    (["he took 20 of my soma", "sorry"], [E, E]),
    (["he wont wake up after his soma", "this is not a false alarm"], [E, E]),
    (["he wont wake up after his soma", "ok ill see what happens"], [E, E]),
    (["my hands are shaking", "nvm, i still feel awful"], [S, S]),
    # (stop 49's red-team probes) a call or care put off closes nothing, nor a crisis line texted with a joke or a but,
    # nor being taken in to somewhere else, nor the doctor written to after an emergency
    (["she had a seizure and its not stopping", "ok ill call 911 if it goes past 10 min"], [E, E]),
    (["my son took a bunch of my soma, he wont wake up", "ok calling 911 in a bit, wanna see if he wakes up"], [E, E]),
    (["heart is racing since i took my soma", "ok ill call my doctor monday"], [S, S]),
    (["been on soma 3 days cant stop shaking", "ok ill call the doc office when they open tmrw"], [S, G]),
    (["my son took a bunch of my soma, he seems fine", "ok ill call the doctor first thing tomorrow"], [E, E]),
    (["my hands are shaking", "thanks ill call them in the morning"], [S, G]),  # the doctor's next opening
    (["i want to take all my somas and just not wake up", "texting them now lol jk"], [E, E]),
    (["i want to swallow all my soma tonight", "texting them now but i still have the pills in my hand"], [E, E]),
    (["shaking and sweating all morning from soma", "my husband is taking me in... to work"], [S, S]),
    (["my husband isnt breathing right after soma", "ok thanks, ill message my doctor"], [E, E]),
    (["vomiting since i took soma", "ok will email my doctor now"], [S, G]),
    (["new muscle stiffness since starting soma", "ok thx will see my doctor"], [S, G]),
    # (stop 49, a chat tuning set) after the stop reply, more told of the symptom is no hint of self-harm where the
    # learned part hears one only in the words that tell it; a hint said in other words still is one
    (["im seeing bugs crawling on the wall", "is that gonna go away on its own"], [S, S]),
    (["my grandma on soma has been shivering all evening", "it's been going on about 3 hours"], [S, S]),
    (["my hands are shaking", "i just want it all to go away"], [S, E]),
    (["my hands are shaking", "honestly i dont want to be here anymore"], [S, E]),
    # (stop 49, a chat tuning set) help still to come keeps the emergency open; help here closes it, and is no fragment
    # of the turn before ("he wont wake up" / "they're here" was read as one message, a hint of self-harm)
    (["she just fell and hit her head, now shes not making sense", "what do we do until they get here"], [E, E]),
    (["he wont wake up after his soma", "called 911, what do i do till they arrive"], [E, E]),
    (["he wont wake up after his soma", "they're here"], [E, G]),
    # (stop 49, a chat tuning set) after an emergency, a "nvm" that says all is well closes it; a bare one does not
    # (stop 49's review of the change) what the new closings must not close: tablets taken in, a person brought indoors,
    # a crisis line texted with a laugh, an emoji or more, a hope that it will stop, a false alarm said by someone else,
    # wished or denied, a retraction beside worse or a plan, panic or an apology, a pulse of 112, anyone who walked in,
    # a call put off, a doctor who called something or was reached before
    (["i want to end it all", "im taking them in an hour"], [E, E]),
    (["she collapsed in the garden after her soma", "im bringing her in the house now"], [E, E]),
    (["i want to end it all", "my mum is taking me in her car to the shop"], [E, E]),
    (["i want to end it all", "texting them now haha"], [E, E]),
    (["i want to end it all", "ok texting 988 now \N{FACE WITH ROLLING EYES}"], [E, E]),
    (["i want to end it all", "texting them now, anyway"], [E, E]),
    (["i've been saving my pills to take all at once", "thanks, i've called 988"], [E, G]),
    (["she had a seizure and its not stopping", "thanks, hopefully it will stop soon"], [E, E]),
    (["my throat is swelling up after soma", "ok it will go down on its own"], [E, E]),
    (["my hands are shaking", "ok it will stop on its own"], [S, S]),
    (["he wont wake up after his soma", "my wife says its a false alarm, he just sleeps heavy"], [E, E]),
    (["he wont wake up after his soma", "i was hoping it was a false alarm"], [E, E]),
    (["he wont wake up after his soma", "it wasn't a false alarm"], [E, E]),
    (["he wont wake up after his soma", "false alarm, hes awake"], [E, G]),
    (["my hands are shaking", "its worse now. ignore me"], [S, S]),
    (["my hands are shaking", "still happening. never mind"], [S, S]),
    (["my hands are shaking", "disregard, i have a plan"], [S, S]),
    (["he wont wake up after his soma", "oh god ok"], [E, E]),
    (["i took 20 of my soma", "ok im so sorry"], [E, E]),
    (["my heart is racing since soma", "112 now"], [S, S]),
    (["he wont wake up after his soma", "they walked in on him like this an hour ago"], [E, E]),
    (["he wont wake up after his soma", "ok ill call 911 if needed"], [E, E]),
    (["he wont wake up after his soma", "ok ill call 911 tonight"], [E, E]),
    (["he took 20 of my soma", "ok ill call poison control when i get home"], [E, E]),
    (["my hands are shaking", "my doctor called it anxiety"], [S, S]),
    (["my hands are shaking", "my doctor called in a higher dose"], [S, S]),
    (["my hands are shaking", "i was heading to the doctors when it started"], [S, S]),
    (["my hands are shaking", "i emailed my doctor about it a month ago"], [S, S]),
    (["my hands are shaking", "i messaged my doctor last week but she never answered"], [S, S]),
    (["my hands are shaking", "ok will see my doctor in 3 weeks"], [S, S]),
    (["im seeing bugs crawling on the wall", "how long till it wears off"], [S, S]),
    (["my hands are shaking", "im gonna be gone by then"], [S, E]),
    (["my hands are shaking", "i'm going out like that"], [S, E]),
    (["my gf lips are blue she took soma", "omg nvm its the blue slushie lol shes fine breathing normal talking to me"],
     [E, G]),
    (["he wont wake up after his soma", "nvm"], [E, E]),
    (["he wont wake up after his soma", "nvm hes still not fine"], [E, E]),
    (["i want to end it all", "nvm im fine"], [E, E]),
    # (stop 49, a chat tuning set) a bare number after a reading is the same measure taken again: normal closes the
    # stop reply, high keeps it, and a number of something else is no reading
    (["pulse ox says 118 just sitting on the couch", "rechecked, its 84 now"], [S, G]),
    (["temp is 38.4", "37.2 now"], [S, G]),
    (["pulse 118", "still 120"], [S, S]),
    (["temp is 38.4", "she's 4"], [S, S]),
    (["im shaking so bad", "its 84 now"], [S, S]),
    # seen and cleared by those who came closes a collapse
    (["he passed out after his soma", "he came round", "paramedics checked him, he's fine to stay home"], [E, E, G]),
    (["she won't wake up after her soma and wine", "why is she so sleepy?"], [E, E]),  # about her, not "why?"
    (["she won't wake up after her soma and wine", "why did you say that?"], [E, G]),  # the explanation asked for
    # an okay takes the emergency reply in, it doesn't end the emergency: what is told next keeps it (stop 26)
    (["her lips and tongue are swelling up", "ok", "what do i do while we wait"], [E, G, E]),
    (["her lips and tongue are swelling up", "ok", "ambulance is here now"], [E, G, G]),
    # a question back or a no (to calling?) keeps it open; a thanks still closes it (stop 29)
    (["my husband took 10 soma and i can't wake him", "??"], [E, E]),
    (["my husband took 10 soma and i can't wake him", "now?"], [E, E]),
    (["my husband took 10 soma and i can't wake him", "no"], [E, E]),
    (["my husband took 10 soma and i can't wake him", "thank you"], [E, G]),
    # what was only asked about, then said to have happened (stop 24)
    (["what happens if someone takes too many soma?", "i already did"], [G, E]),
    (["can soma cause shaking?", "i think i have it"], [G, S]),
    (["can soma give you a fever?", "ok thanks"], [G, G]),
    # a stop symptom told after an emergency keeps the emergency reply, with both (stop 24)
    (["my husband took a handful of his soma", "now he's shaking"], [E, E]),
    # (stop 31) a line break is a sentence break, but a short answer read with the turn before it is still one report
    (["my heart", "is racing like crazy"], [A, S]),
    # (stop 35) a cause told in the next turn closes the stop reply, as it explains the symptom in one message; an
    # ending does not (what came and went today still gets the advice), nor a cause after a fragment's report, nor
    # other symptoms denied
    (["my heart is pounding", "oh wait i just ran up the stairs lol"], [S, G]),
    (["my muscles are super stiff", "oh i did leg day yesterday for the first time in months"], [S, G]),
    (["hearts pounding out of my chest", "ok its settled down now, back to normal"], [S, S]),
    (["my heart", "is racing", "oh i just ran up the stairs"], [A, S, S]),
    (["im sweating loads", "no fever or anything though"], [S, S]),
    # (stop 35) a count after doses mixed up; a drink and a head that won't stay up, told after a drowsiness; a call
    # said with "aye" and "phone" closes the emergency
    (["i mixed up my soma doses today", "7"], [A, E]),
    (
        ["nan has had her soma and she is a bit dozy", "she's had two sherries and can hardly hold her head up"],
        [G, E],
    ),
    (["he is not breathing properly", "aye ok phone the ambulance now"], [E, G]),
    # (stop 36) a call said and nothing more closes the emergency, never read with it as a fragment; a call told with
    # what is still happening keeps it; after a hint of self-harm only a call to someone does
    (["she's not breathing right, really slow, took soma and her xanax", "calling now", "thank you"], [E, G, G]),
    (["he had a few beers and took his soma", "called 911, hes barely breathing"], [G, E]),
    (["i want to end it all", "calling now"], [E, E]),
    # (stop 36) an amount said without a number after talk of taking tablets is how much; "a lot" pads a thanks only
    (["i took some of my soma", "a lot"], [G, E]),
    (["she swallowed some of her pills", "too many"], [A, E]),
    (["my hands are shaking", "thanks a lot"], [S, G]),
    # (stop 36's review) the same small words as an answer are still read with the turns before; "stopped" or "great"
    # never closes an emergency
    (["my husband is shaking all over", "right now"], [S, E]),
    (["my husband is shaking all over", "going on now"], [S, E]),
    (["she is not breathing right", "stopped"], [E, E]),
    (["he is having a seizure", "it stopped"], [E, E]),
    (["he is not breathing", "great"], [E, E]),
    # (stop 38) a call to the doctor's by another name closes a stop reply; the place named in a new report does not
    (["says my resting heart rate is 121", "ok calling the surgery"], [S, G]),
    (["my hands are shaking", "will ring the clinic"], [S, G]),
    (["my hands are shaking", "the clinic is closed and my hands are still shaking"], [S, S]),
    # ... never an emergency, which needs emergency services (stop 38's review)
    (["he is not breathing", "ok calling the surgery"], [E, E]),
    (["i want to end it all tonight", "calling the clinic"], [E, E]),
    # (stop 47, a conversation tuning set) a count answered in a frame of words, a taking said to be meant
    (["i took soma 350 earlier", "it was 7 of em"], [G, E]),
    (["kept forgetting if i already took my soma", "maybe 8 or 9 since this morning"], [G, E]),
    (["i took some of my soma", "it was 2"], [G, G]),
    (["took my soma with my other meds tonight", "wasnt an accident"], [G, E]),
    (["took my soma with my other meds tonight", "it was no mistake"], [G, E]),
    (["my husband took his soma", "deliberately"], [G, E]),
    # ... whether to call is no call made: the emergency stays open (stop 47)
    (["i just passed out for a sec in the kitchen", "should i still call the doctor or 911"], [E, E]),
    (["he isnt breathing right", "call 911?"], [E, E]),
    (["he isnt breathing right", "ok calling 911 now"], [E, G]),
    (["my legs shake", "should i call my doctor?"], [S, S]),
    (["my legs shake", "appreciate it, night"], [S, G]),
    (["my legs shake", "thanks, night"], [S, G]),
    # (stop 47's red-team probes) the same, said otherwise: a count "so far" or as someone said it, a meaning hedged or
    # misspelt, whether a call is worth it, a ride to hospital asked about, a call said to be on the line
    (["i took my soma this morning", "5 today so far"], [G, E]),
    (["my roommate took soma tonight", "he says 8"], [G, E]),
    (["i swallowed my soma earlier", "wasnt an accident tbh"], [G, E]),
    (["my sister took her soma", "she says it wasn't a mistake"], [G, E]),
    (["took the soma pills about an hour ago", "i did it deliberatly"], [G, E]),
    (["i took soma", "not by accident"], [G, E]),
    (["my son is having a seizure and its not stopping", "is it worth calling 911 or do we wait it out?"], [E, E]),
    (["she fainted after taking soma", "should we just take her to the ER ourselves?"], [E, E]),
    (["my dad is taking like 4 breaths a minute", "911 on the phone now"], [E, G]),
    # (stop 47's review of the whole change) a call that failed, a call put off or a goodnight closes no emergency; a
    # clock time is no count; a taking said to be intended is meant
    (["he took all his soma and isnt breathing right", "cant get 911 on the phone"], [E, E]),
    (["i want to end it all, i have a bottle of soma", "i tried 988 but no one on the line"], [E, E]),
    (["he took all his soma and isnt breathing right", "i cant get them on the phone"], [E, E]),
    (["he took all his soma and isnt breathing right", "ok later"], [E, E]),
    (["he took all his soma and isnt breathing right", "ok night"], [E, E]),
    (["my hands are shaking", "ok later"], [S, S]),
    (["had my soma with breakfast", "it was 8 this morning"], [G, G]),
    (["i took my soma this morning", "was 10"], [G, G]),
    (["took my soma with my other meds", "it was intentional"], [A, E]),
    # (stop 50, a chat tuning set) care reached after an emergency: taken in, taken by the paramedics (after a hint of
    # self-harm, only someone else's), back from the ER; the crisis closed by a call to the number given, never by a
    # call to no one, a thanks or a number kept; the stop advice followed only in part is kept ("she'll stop it": the
    # doctor is still to be told); a correction that says it goes on, and someone driving one crazy, close nothing
    (["i passed out after my soma", "ok my neighbor is driving me"], [E, G]),
    (["i passed out after my soma", "my neighbor is driving me crazy"], [E, E]),
    (["he took all his soma", "the paramedics took him, thank you"], [E, G]),
    (["i think my mom took all her soma pills on purpose", "the paramedics took her, thank you"], [E, G]),
    (["i passed out after my soma", "back from the ER, they said it was probably the soma and to stop"], [E, G]),
    (["i think my mom took all her soma pills on purpose", "dialing"], [E, E]),  # calling whom? (stop 36)
    (["i want to die", "ok i'll call that number"], [E, G]),
    (["i want to die", "calling now lol"], [E, E]),
    (["i want to die", "thanks, i have the number"], [E, E]),
    (["she can't walk straight today, keeps bumping into walls", "ok she'll stop it"], [S, S]),
    (["my hands are shaking", "actually no its worse now"], [S, S]),
    (["my fingers keep twitching", "do i just stop it cold turkey"], [S, S]),
    # (stop 50's review of the change) what a careless closing would end: a hospital merely mentioned, a crisis line
    # not called, a correction after an emergency, care long past, a question, a farewell, someone else's ambulance,
    # the doctor not reached or the symptom worse, a correction that says more of it
    (["i want to kill myself", "i just got back from the hospital, they didnt help"], [E, E]),
    (["i want to die", "i might call that number"], [E, E]),
    (["i want to die", "no way im calling the crisis line"], [E, E]),
    (["i want to die", "my therapist told me to call that number"], [E, E]),
    (["my son swallowed some of my soma", "i called the number on the bottle"], [E, E]),
    (["she's breathing really slow after too much soma", "actually no she's fine, just sleeping deeply"], [E, E]),
    (["took my soma with vodka and he is barely conscious", "we're going to urgent care"], [E, E]),
    (["he took all his soma", "he came home from the ER last week"], [E, E]),
    (["he took all his soma", "who is driving him?"], [E, E]),
    (["i took all my soma", "thank you for everything"], [E, E]),
    (["i want to die", "the paramedics took her, thank you"], [E, E]),
    (["my hands are shaking", "my doctor said stop it but its getting worse"], [S, S]),
    (["my hands are shaking", "the clinic said theyre closed"], [S, S]),
    (["my hands are shaking", "i havent talked to my doctor"], [S, S]),
    (["i have a temp of 38", "no wait its 40"], [S, S]),
    (["my heart is racing", "actually no its faster now"], [S, S]),
    # (stop 50's red-team probes) a word that sends them on to emergency care closes nothing; "no" as an interjection
    # denies nothing
    (["my heart is racing on soma", "talked to the nurse line, they said to call 911 right now"], [S, S]),
    (["vomiting and fever on soma", "poison control said go to the ER now"], [S, S]),
    (["hes shaking and confused on soma", "his doctor said take him to the ER tonight"], [S, S]),
    (["im sweating and shaking", "no wait its my 4 year old, she got into my soma bottle and ate some"], [S, E]),
    # (stop 50, a chat tuning set) a count after talk of tablets, with a hedged time since; a child who had one in the
    # mouth after talk of Soma and the kids
    (["how many soma tablets is too many?", "i took 5 about an hour ago"], [G, E]),
    (
        [
            "where should i keep soma away from the kids",
            "too late my 3yo just had one in his mouth, i think he swallowed it",
        ],
        [G, E],
    ),
    # (stop 53, a chat tuning set) a fit still going, or another, told after one; a child's mouth after a question;
    # doses by the clock across turns; a reading in words as the answer; a lift to hospital after a faint
    (["my son just had a seizure", "hes still jerking"], [S, E]),
    (["my dad just had a short fit, its over, hes sitting up", "oh no its happening again"], [S, E]),
    (["i had a seizure yesterday, it stopped", "still twitching a bit today"], [S, S]),
    (["how should i store soma away from kids", "too late my 2 year old just had one in his mouth"], [G, E]),
    (["i took my soma at 8", "and again at 9 and 10 cause it wasnt working"], [G, E]),
    (["gonna check my temperature hang on", "thirty nine point one"], [A, S]),
    # ... but a lift only promised closes no emergency (stop 53's red-team probes: "it's still going, my husband will
    # drive us")
    (["then i went down, woke up on the floor", "ok my sister will drive me"], [E, E]),
    (["she's having a seizure", "it's still going, my husband will drive us."], [E, E]),
    # (stop 53, a chat tuning set) help awaited after the call: what to do till it comes keeps the emergency reply, a
    # question while the doctor's call is awaited keeps the stop reply; a ride to urgent care or a thanks misspelt
    # closes the stop reply
    (["my brother took a bunch of his soma with beer and hes barely breathing", "ok calling now",
      "what do i do till they get here"], [E, G, E]),
    (["he wont wake up", "ambulance is coming", "while we wait can i give him water"], [E, G, E]),
    (["took soma, now my heart is hammering and im sweating", "ok 🙏",
      "wait is it ok to lie down while i wait for the doc to call back"], [S, G, S]),
    (["my temp is 39", "ok", "ok thanks, waiting for the doctor to call me back"], [S, G, G]),
    (["heart going 140, shaking, sweating", "👍 uber to urgent care"], [S, G]),
    (["i took 10 soma", "uber to urgent care"], [E, E]),
    (["wifes temprature is 101.3", "thnk you"], [S, G]),
    (["quick question about my pulse", "checked it on my watch", "118 and im sitting on the couch"], [A, G, S]),
    (["she just had a fit", "she's jerking again"], [S, E]),
    # (stop 53's second red-team probes) help awaited only after a call for help, the doctor's call only just after the
    # stop reply was taken in; no ride; a fit only worried about
    (["he collapsed", "called 911", "what should i do in the meantime?"], [E, G, E]),
    (["my toddler might have swallowed one of my soma",
      "false alarm, found the tablet under the sofa, she didnt eat anything",
      "is it ok for me to take ibuprofen while i wait for my refill?"], [E, G, G]),
    (["my heart was racing at 130 earlier", "it's settled, 72 now",
      "is it ok to take my next dose while i wait for my doctor to ring back?"], [S, G, G]),
    (["my heart is pounding and i'm sweating since the soma", "no uber to urgent care at this hour"], [S, S]),
    (["my husband had a seizure last month", "he's worried it'll start up again"], [S, S]),
    # (stop 54, a conversation tuning set) an ending alone closes no stop reply; a call told beside the wait for help
    # keeps the emergency; "oh no" denies nothing; a child's open bottle
    (["been really nauseous", "it passed an hour ago"], [S, S]),
    (["i was shaking this morning", "its gone now"], [S, S]),
    (["dad's arms are stiff and hard to bend", "the physio noticed it today, they weren't like that last week"],
     [S, S]),
    (["my brother drank and took his soma and now we can't keep him awake",
      "venue's calling an ambulance, anything we should do meanwhile"], [E, E]),
    (["he wont wake up", "ok calling 911 now"], [E, G]),
    (["babysitting the grandkids today, where should I keep the bottle",
      "oh no the 2 year old had the bottle open on the floor when I came back from the loo"], [G, E]),
    # (stop 54, a conversation tuning set) a question of its own about something else tells nothing of a symptom only
    # asked about before; a statement pointing back to it does
    (["we're on a cruise, can i take soma with the seasickness patch?",
      "the ship doctor is only open 8-12. i missed my morning dose, should i double up tonight?"], [G, G]),
    (["does soma cause tremors?", "mine do that, should i stop taking it?"], [G, S]),
    (["can soma give you diarrhea?", "i have it, what do i do?"], [G, S]),
    # (stop 54's red-team probes and review of the change) a start, a dose change or an earlier episode placed in the
    # past closes nothing; an okay beside how things are, then a watch, closes no emergency; an appointment far off,
    # not made, routine or not a doctor's closes no stop reply; a wait asked about after a taken-back emergency revives
    # nothing, and packing a bag meanwhile closes
    (["been sweating and shaking all day", "i stopped the soma, that was last week"], [S, S]),
    (["my hands have been trembling", "it was last week it started"], [S, S]),
    (["he wont wake up", "ok, hes snoring now. will watch him"], [E, E]),
    (["my dad took 10 soma and wont wake up properly", "ok, no ambulance. will keep an eye on him"], [E, E]),
    (["my heart is racing after soma", "ok, its getting faster. will watch it"], [S, S]),
    (["i keep throwing up", "my gp will see me in a month"], [S, S]),
    (["i keep throwing up", "getting an appt is impossible round here"], [S, S]),
    (["i keep throwing up", "i've got an appt with the physio at 4"], [S, S]),
    (["i keep throwing up", "i refuse to go to the doctor over this"], [S, S]),
    (["i keep throwing up", "im not gonna go to the clinic"], [S, S]),
    (["my temp is 38.6", "ok pulled into a truck stop, gonna go to the urgent care down the road. thx"], [S, G]),
    (["my toddler might have swallowed one of my soma",
      "false alarm, it was his vitamins, he's fine. the nurse is coming tomorrow",
      "meanwhile is it ok for me to take my dose tonight"], [E, G, G]),
    (["he wont wake up", "the paramedics are here, theyre taking him in. meanwhile ill pack his bag"], [E, G]),
    # (stop 54's second red team and review) a typo taken back after the call is still a call; an answer to a question
    # that leaves the symptom unsaid tells it; an appointment for a knee or at the dentist closes nothing
    (["my dad wont wake up", "sorry ignore that typo, ambulance is on its way", "what do we do until they get here?"],
     [E, G, E]),
    (["does soma cause tremors?", "yes since yesterday, should i stop?"], [G, S]),
    (["does soma cause hallucinations?", "my dad is, what should i do?"], [G, S]),
    (["i keep throwing up", "have an appt tomorrow for my knee"], [S, S]),
    (["i keep throwing up", "ok, got an appt at the dentist tomorrow"], [S, S]),
    (["i keep throwing up", "no doctor will see me today, theyre full"], [S, S]),
    # (stop 54's second review) an overdose asked about, then said of someone by name, with a cry for help
    (["can you overdose on soma?", "i think my son did, what do i do?"], [G, E]),
    (["is it possible to overdose on soma?", "my husband just did, help?"], [G, E]),
    (["can you overdose on soma?", "my friend did once, years ago"], [G, G]),
    (["my brother drank and took his soma and now we can't keep him awake"], [E]),
]


@pytest.mark.parametrize(
    "texts",
    [
        ["can soma cause seizures?", "my wife is having one next week, an eeg i mean"],
        ["does soma cause fits? my son is having one every month"],
        ["can soma cause seizures? my son is having one next week"],
    ],
)
def test_one_had_on_a_day_ahead_or_every_month_is_no_fit_going_on(triager, texts):
    """(stop 55) "is having one" is a fit going on now, unless a day ahead or how often follows it."""
    assert conversation(triager, texts)[-1].level is not Level.EMERGENCY, texts


@pytest.mark.parametrize("texts, tiers", CONVERSATIONS)
def test_turns_are_read_in_the_light_of_the_earlier_ones(triager, texts, tiers):
    assert [tier(t) for t in conversation(triager, texts)] == tiers


@pytest.mark.parametrize(
    "texts",
    [
        ["i think i've got a temperature", "just checked, 36.9, totally normal"],
        ["i've had diarrhoea since lunch", "no diarrhoea now, it stopped an hour ago"],
        ["my hands are shaking", "ok thanks"],
        ["i've been sweating buckets since my dose", "feeling fine now"],
        ["my mum sees people in the room who aren't there", "thank you very much"],  # (stop 36) a thanks at length
        ["my hands are shaking", "thanks a lot, much appreciated"],
        ["my hands are trembling so much i cant write", "right, stopping it now. cheers"],
        ["i keep shivering and my teeth are chattering", "ta"],  # (stop 39) a thanks in two letters, a noted
        ["i feel sick", "ok noted"],
        # (stop 48, a chat tuning set) a thanks said short before what one will do, a sound or the one it is said to
        ["my hands wont stop shakin", "ty ill do that"],
        ["im throwin up", "oh ok"],
        ["cold n shiverin under blankets", "thx bot"],
        ["feel queezy", "ty ill watch it"],
        ["my hands are shaking", "thx ill call"],
        # (stop 49, a chat tuning set) care gone to or the doctor reached, in writing or in slang; praise or an apology
        # beside a thanks; the report taken back
        ["my hands are shaking", "ok im driving him to urgent care, appreciate it"],
        ["my hands are shaking", "bet, ill hit up my doc"],
        ["my hands are shaking", "ok doc just called, going in now. thanks"],
        ["my hands are shaking", "ok i messaged my doctor on the portal"],
        ["my hands are shaking", "ok texting my doc now, thanks"],
        ["my hands are shaking", "Thank you dear, that is very helpful."],
        # (stop 52's red-team probes and reviews) a call said beside an exclamation or a relative clause, a summary
        # asked for, a normal reading with a reducer denied or with no question
        ["my heart is racing", "thanks, i'll ring the gp. who knew"],
        ["i have diarrhea and cramps", "ok will call my doctor. what a day"],
        ["got the sweats bad", "ok ill call my doctor, which i should've done yesterday"],
        ["I keep throwing up", "can I get a summary"],
        ["temp 38.2 tonight", "checked again 2 hrs later its 37.0, i didnt take any tylenol or anything, feel fine"],
        ["fever 38.9 earlier", "went down to 37.1 after the tylenol, ok thanks"],
        ["my hands are shaking", "cheers that helps"],
        ["im seeing bugs on the wall", "nvm turned the light on, it was shadows"],
        ["my hands are shaking", "nvm its passed, fine now"],  # (the learned part asked whether it was a seizure)
        ["my legs are twitching", "ignore me, wrong chat"],
        # (stop 50, a chat tuning set) the doctor's word reported, a thanks for everything, an okay that makes sense, a
        # correction, a cause said as "cause"
        ["my fingers keep twitching", "ok talked to the nurse line, they said stop it and keep an eye on it"],
        ["my mom threw up twice since taking her soma", "ok her doctor said stop it and come in tomorrow morning"],
        ["my husband has diarrhea since he started soma", "ok he stopped the soma, doctor's office said push fluids"],
        ["my fingers keep twitching", "ok, makes sense"],
        ["my whole body is stiff as a board", "actually no its just my neck, which is what the soma is for"],
        ["my heart is racing", "lol thats cause my team just scored in overtime"],
        # (stop 51, a chat tuning set) the doctor by other names, a message left, a call back awaited, a line tried,
        # someone taken in, a fair enough, a correction that names the treated back
        ["my wife is seeing bugs on the wall", "ok stopped it, calling the surgeon. thank u"],
        ["got really shaky this morning after my soma", "ok i stopped it and left a msg for my dr"],
        ["ive had diarrhea all day since starting soma", "alright ill wait for the doc to call back"],
        ["been on soma 5 days, now i have chills and a temp of 101", "ok i'll try the after hours line"],
        ["my mom is really unsteady on her feet and keeps shivering", "ok ill take her in"],
        ["i cant sit still, feel like im crawling out of my skin", "ok fair"],
        [
            "my legs and arms feel really stiff since starting soma",
            "wait no sorry, its just my lower back, thats what im being treated for",
        ],
    ],
)
def test_a_stop_reply_is_closed_by_a_thanks_or_by_the_symptom_taken_back(triager, texts):
    first, second = conversation(triager, texts)
    assert first.level is Level.STOP and not second.level.urgent, texts


def test_an_open_emergency_keeps_every_sign_told_before_so_self_harm_keeps_its_crisis_line(triager):
    _, second = conversation(triager, ["took 30 of my soma because i want to die", "i'm 84"])  # overdose first
    assert (second.level, "self_harm" in second.reported, second.findings[-1].origin) == (
        Level.EMERGENCY,
        True,
        Origin.CONTEXT,
    )


@pytest.mark.parametrize(
    "text", ["hes really sleepy", "he's really sleepy after his soma", "she's so drowsy she keeps nodding off"]
)
def test_someone_else_said_as_hes_or_shes_is_someone_else(triager, text):
    """(stop 49) The experiencer cue "he's" hid its "he": someone else's severe drowsiness got the common-effects reply
    instead of the question whether they can be woken."""
    triage = triager(text)
    assert (triage.level, triage.check.symptom if triage.check else None) == (Level.CHECK, "unresponsive"), text


def test_someone_elses_severe_drowsiness_gets_the_question_whether_they_can_be_woken(triager):
    asked = triager("my husband is very drowsy after his soma")
    yes = triager("yes", [Turn("my husband is very drowsy after his soma", asked)])
    assert (asked.level, asked.check.symptom if asked.check else None) == (Level.CHECK, "unresponsive")
    assert (yes.level, yes.reported) == (Level.EMERGENCY, ["unresponsive"])
    # the writer's own: they are awake to write, so the common-effects reply (which says when to call)
    assert triager("i'm so drowsy i keep nodding off").level is Level.COMMON
    # the question is the lexicon's: it needs no learned part
    lexicon_only = Triager(triager.detector)("my husband is very drowsy after his soma")
    assert lexicon_only.check is not None and lexicon_only.check.symptom == "unresponsive"


@pytest.mark.parametrize("text", ["i gave away my guitar and my books", "i apologised to my sister out of nowhere"])
def test_a_goodbye_told_alone_gets_the_question_with_the_crisis_line_never_silence(triager, text):
    # (stop 40) the lexicon alone: a goodbye it can't read further is a hint it asks about; "yes" is the emergency reply
    lexicon_only = Triager(triager.detector)
    asked = lexicon_only(text)
    yes = lexicon_only("yes", [Turn(text, asked)])
    assert (asked.level, asked.check.symptom if asked.check else None) == (Level.CHECK, "self_harm"), text
    assert "988" in (asked.check.cues[-1] if asked.check else "")
    assert yes.level is Level.EMERGENCY
    # affairs wound up alone are ordinary life
    assert lexicon_only("tying up loose ends at work before my holiday").level is Level.NONE


@pytest.mark.parametrize(
    "text, sign",
    [
        ("watched a film where a man can't breathe on a plane. does soma affect flying?", "breathing_problem"),
        ("a crime doc where the guy collapsed at a party, wild. does soma come in 250 mg?", "unresponsive"),
        ("my character in the game keeps choking on smoke lol. soma and energy drinks?", "breathing_problem"),
    ],
)
def test_an_emergency_sign_in_a_story_gets_the_question_never_silence_nor_an_alarm(triager, text, sign):
    asked = triager(text)
    yes = triager("yes", [Turn(text, asked)])
    assert (asked.level, asked.check.symptom if asked.check else None) == (Level.CHECK, sign), text
    assert yes.level is Level.EMERGENCY
    # the question is the lexicon's: it needs no learned part
    assert Triager(triager.detector)(text).level is Level.CHECK


@pytest.mark.parametrize(
    "text",
    [
        "watching a movie where he gets shot and my dad collapsed",
        "had a nightmare, my wife says i stopped breathing for ages",
        "in the film i watched my husband stopped breathing on the sofa",
    ],
)
def test_an_emergency_sign_told_after_the_writer_or_their_people_is_no_story(triager, text):
    assert triager(text).level is Level.EMERGENCY, text


@pytest.mark.parametrize(
    "text, expected, symptom",
    [
        # Spanish
        ("mi papá no respira bien después de la soma", E, "breathing_problem"),
        ("mi hija está convulsionando ahora mismo", E, "seizure_now"),
        ("ya no quiero vivir", E, "self_harm"),
        ("tengo fiebre y escalofríos desde ayer", S, "fever"),
        ("estoy vomitando desde que tomé la soma", S, "vomiting"),
        # Tagalog
        ("nahimatay si lola pagkatapos ng soma", E, "unresponsive"),
        ("gusto ko nang mamatay", E, "self_harm"),
        ("nagtatae ako since kahapon", S, "diarrhea"),
        # romanised Hindi
        ("papa behosh ho gaye hain", E, "unresponsive"),
        ("bukhar hai 101 se zyada", S, "fever"),
        ("soma ke baad bahut bechaini ho rahi hai", S, "restlessness"),
        # (stop 42) self-harm in French, German, Portuguese and Italian
        ("je vais me tuer ce soir", E, "self_harm"),
        ("je veux en finir, j'ai toutes mes pilules", E, "self_harm"),
        ("ich will nicht mehr leben", E, "self_harm"),
        ("não quero mais viver", E, "self_harm"),
        ("voglio farla finita con la vita", E, "self_harm"),
    ],
)
def test_a_report_in_spanish_tagalog_or_hindi_is_escalated_not_met_with_english_only(triager, text, expected, symptom):
    triage = triager(text)
    assert (tier(triage), symptom in triage.reported) == (expected, True), text
    # the lexicon reads them, not the learned part
    assert tier(Triager(triager.detector)(text)) == expected, text


def test_translations_teach_the_learned_part_nothing():
    from triage import training
    from triage.lexicon import load_lexicon

    lexicon = load_lexicon()
    phrases = [p for s in lexicon.symptoms.values() for p in s.phrases]
    translated = {p.text for p in phrases if p.source == "translations"} - {
        p.text for p in phrases if p.source != "translations"
    }
    taught = {e.text for e in training.examples(lexicon)}
    assert translated and not translated & taught


def test_a_finding_of_the_reading_together_says_so(triager):
    _, second = conversation(triager, ["my heart", "is racing like crazy"])
    [finding] = [f for f in second.findings if f.symptom == "fast_heartbeat"]
    assert finding.origin is Origin.CONTEXT and finding.cues[0] == "EARLIER TURN: my heart"


# ----------------------------------------------------------- the learned second opinion's rules
@pytest.fixture(scope="module")
def small() -> Triager:
    """The project's lexicon with a learned part trained on a handful of examples: its rules are
    tested on a model whose behaviour is known, not on whatever the full training makes of them."""
    examples = [Example(t, frozenset(["hallucinations"])) for t in (
        "the little people on the shelf wave at me", "little people dancing on my shelf", "tiny people on the shelf",
        "people on the shelf waving", "little folk on the bookshelf", "small people walking on the shelf",
        "the shelf people are back", "i see tiny people on my shelves", "the little people wave from the shelf",
        "waving little people on the shelf again",
    )] + [Example(t, frozenset()) for t in (
        "can i take soma with food", "how long do i take it", "thanks", "hello", "is it ok to drive",
        "what is soma for", "my back hurts", "the shelf is dusty", "i bought a new shelf", "people are nice",
        "how do i store it", "bye", "i took my dose", "the pharmacy was busy", "what if i miss a dose",
    )] * 3  # fmt: skip
    return Triager(default_detector(), LearnedOpinion.train(examples))


def test_the_learned_part_raises_what_the_lexicon_cannot_place(small):
    triage = small("the little people on the shelf are waving at me again tonight")
    [finding] = [f for f in triage.findings if f.origin is Origin.LEARNED]
    assert (triage.level, finding.symptom, finding.score is not None, bool(finding.evidence)) == (
        Level.STOP,
        "hallucinations",
        True,
        True,
    )


def test_the_learned_part_never_lowers_the_lexicon(small):
    triage = small("my husband is not breathing")
    assert (triage.level, triage.reported) == (Level.EMERGENCY, ["breathing_problem"])


def test_the_learned_part_is_silent_on_what_the_lexicon_read_and_on_a_denial(small):
    assert small("can soma cause hallucinations? like little people on the shelf?").level is Level.QUESTION
    assert small("no little people on the shelf waving at me, not any more").level is Level.NONE


def test_a_few_words_get_a_question_not_an_alarm(small):
    triage = small("little shelf people")
    assert (triage.level, triage.check.symptom if triage.check else None) == (Level.CHECK, "hallucinations")


def test_yes_to_the_question_reports_the_symptom_and_no_does_not(small):
    asked = small("little shelf people")
    yes = small("yes", [Turn("little shelf people", asked)])
    no = small("no", [Turn("little shelf people", asked)])
    assert (yes.level, yes.reported, yes.findings[0].origin) == (Level.STOP, ["hallucinations"], Origin.ANSWER)
    assert (no.level, no.findings[0].status) == (Level.NONE, Status.NEGATED)


def test_an_added_example_moves_no_other_message_that_reports_nothing_to_another_fold():
    """The thresholds come from out-of-fold scores: folds must not reshuffle when data is added."""
    texts = [f"message {i}" for i in range(40)]
    labels = np.array([i % 5 == 0 for i in range(40)])

    def fold_of(texts, labels):
        return {texts[i]: k for k, (_, test) in enumerate(_folds(texts, labels)) for i in test}

    before = fold_of(texts, labels)
    after = fold_of([*texts, "a new message"], np.append(labels, False))
    assert all(after[t] == before[t] for t, positive in zip(texts, labels, strict=True) if not positive)
    assert all(1 <= sum(labels[test]) <= 3 for _, test in _folds(texts, labels))  # each fold has its share


def test_a_model_with_no_symptom_to_learn_trains_and_holds_no_opinion():
    # fewer than MIN_POSITIVES examples of every symptom: nothing to fit (the parallel fits get no job at all)
    examples = [Example("my hands shake all day", frozenset({"tremors"})), Example("hello there", frozenset())] * 3
    model = LearnedOpinion.train(examples)
    assert (model.keys, model.opinions("my hands shake all day")) == ([], [])


def test_a_ceiling_caps_the_ask_threshold_whatever_the_budget():
    """Self-harm's threshold must not drift up with the training data: a ceiling caps it."""
    examples = [Example(f"the little people on shelf {i} wave", frozenset(["hallucinations"])) for i in range(12)] + [
        Example(f"the little people on shelf {i} wave" if i % 4 == 0 else f"a dusty shelf {i}", frozenset())
        for i in range(40)
    ]  # some negatives read like the positives: their out-of-fold scores are high
    free = LearnedOpinion.train(examples, {"hallucinations": (0.0, 0.0)})
    capped = LearnedOpinion.train(examples, {"hallucinations": (0.0, 0.0)}, {"hallucinations": 0.3})
    assert free.thresholds["hallucinations"][0] > 0.3
    assert capped.thresholds["hallucinations"] == (0.3, 0.3)


def test_a_fragment_cut_off_after_the_heart_and_a_measure_without_its_number_get_the_question(triager):
    """(stop 52, a chat tuning set) "hey so since i started the soma my heart" was a fast heartbeat at 0.87 before the
    # est came, "quick question about my pulse" at 0.80: too little to raise on, the question instead; the rest
    # raises."""
    first, second = conversation(triager, ["hey so since i started the soma my heart", "its pounding like crazy"])
    assert (first.level, second.level) == (Level.CHECK, Level.STOP)
    assert triager("quick question about my pulse").level is Level.CHECK
    assert triager("my pulse is 124 sitting on the couch").level is Level.STOP
    assert triager("i had a fever and my heart was pounding all night").level is Level.STOP


def test_a_raise_threshold_is_read_on_the_negatives_the_model_is_heard_on():
    """A negative the caller never hears the model on (the lexicon placed it, or it only asks) moves no raise
    threshold: counted in, "can soma make little people wave?" held it above every described report."""
    examples = [Example(f"the little people on shelf {i} wave", frozenset(["hallucinations"])) for i in range(12)] + [
        Example(f"the little people on shelf {i} wave?" if i % 4 == 0 else f"a dusty shelf {i}", frozenset())
        for i in range(40)
    ]
    budget = {"hallucinations": (0.2, 0.05)}
    counted = LearnedOpinion.train(examples, budget)
    heard = LearnedOpinion.train(examples, budget, silent=lambda text: {"hallucinations"} if "?" in text else set())
    assert counted.thresholds["hallucinations"][1] > heard.thresholds["hallucinations"][1]
    assert counted.thresholds["hallucinations"][0] == heard.thresholds["hallucinations"][0]  # asking: all of them


def test_a_hint_of_self_harm_may_rest_on_a_real_word_a_symptom_may_not(small):
    """The typo guard's known words ("sweets" beside "sweats") keep a stop symptom's opinion off a real word
    that only looks like one; a hint of self-harm looks like no symptom word, so its real words count."""
    word = sorted(w for w in small.detector.known_words if w.isalpha() and w not in FUNCTION_WORDS)[0]
    opinion = Opinion("self_harm", 0.9, (word, "point"), True)
    assert (small._rests_on_content(opinion, fail_safe=True), small._rests_on_content(opinion)) == (True, False)


def test_a_bare_hint_of_self_harm_gets_the_question_with_the_crisis_line_never_silence(triager):
    """(stop 32) A hint of self-harm the learned part hears only in function words, not clearly, is asked about with
    the crisis line: neither the emergency reply on a plain question (this one was general guidance before stop 32,
    silenced by the rule that now lets "how many would it take" through) nor silence."""
    triage = triager("how long does it take to feel something from soma")
    assert (triage.level, triage.check.symptom) == (Level.CHECK, "self_harm")
    assert "988" in triager.lexicon.symptoms["self_harm"].check


def test_a_hint_heard_only_in_who_has_or_said_is_bare_but_one_on_a_going_is_not(triager):
    """(stop 51, a chat tuning set) "ive got a", the first of a report split over three messages, was the emergency
    reply on "i've" and "got": now the question with the crisis line. A hint resting on "go" is no bare one."""
    triage = triager("ive got a")
    assert (triage.level, triage.check.symptom) == (Level.CHECK, "self_harm")
    assert triager("im tired of fightin, think im gonna let go").level is Level.EMERGENCY
    # ... and "enough" closes no stop reply: here it is heard as a hint
    assert conversation(triager, ["my hands are shaking", "enough"])[1].level.urgent
    assert conversation(triager, ["my hands are shaking", "ok enough"])[1].level.urgent
    # (stop 51's review of the change) a hint on "about" or "ill" is no bare one, alone or after the stop reply
    for text in ["about to do it", "ill do it"]:
        assert triager(text).level is Level.EMERGENCY, text
        assert conversation(triager, ["my hands are shaking", text])[1].level is Level.EMERGENCY, text


def test_a_measure_named_without_its_number_gets_the_question_not_the_stop_reply(triager):
    """(stop 51, a chat tuning set) the learned part heard a fever in "just checked my temperature with the ear
    thermometer" (0.99) before the number came: the question now; a measure said to be high is still raised."""
    checked = triager("just checked my temperature with the ear thermometer")
    assert (checked.level, checked.check.symptom) == (Level.CHECK, "fever")
    assert triager("my heart rate is through the roof").level is Level.STOP
    assert triager("the ear thermometer says HI").level is Level.STOP  # (stop 51's red-team probes) what it says
    assert [tier(t) for t in conversation(triager, ["my watch is showing my resting heart rate", "122"])] == [A, S]


def test_a_closing_beside_more_keeps_the_learned_question_and_a_bare_hint_keeps_its_crisis_line(triager):
    """(stop 49's review of the change) Only a message that is a closing and nothing more loses the learned part's
    question: "ok ill call my doctor. how long does it take" still gets the question with the crisis line."""
    _, second = conversation(triager, ["my hands are shaking", "ok ill call my doctor. how long does it take"])
    assert (second.level, second.check.symptom if second.check else None) == (Level.CHECK, "self_harm")
    _, thanks = conversation(triager, ["my hands are shaking", "thanks for answering"])
    assert thanks.level is Level.NONE


@pytest.mark.parametrize(
    "text", ["my son isn't coming round this weekend", "she won't come round to the idea of physio"]
)
def test_a_visit_that_is_not_coming_is_no_one_who_cannot_be_woken(triager, text):
    """(stop 32) "not coming round" is someone who can't be woken only when nothing says it is a visit or an idea."""
    assert "unresponsive" not in triager.detector(text).reported, text


def test_a_hint_of_self_harm_may_rest_on_function_words_a_symptom_may_not(small):
    """(stop 32) "how many would it take", "not be here tonight": a hint of self-harm is said in the words a symptom's
    opinion may not rest on alone (who took what when); only a number is never enough."""
    words = Opinion("self_harm", 0.8, ("be", "would", "how"), True)
    assert all(w in FUNCTION_WORDS for w in words.evidence)
    assert (small._rests_on_content(words, fail_safe=True), small._rests_on_content(words)) == (True, False)
    assert not small._rests_on_content(Opinion("self_harm", 0.8, ("20", "30"), True), fail_safe=True)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a goodbye and affairs wound up together are a hint of self-harm; either alone is ordinary life
        ("rehomed the cats on monday and cancelled my phone contract, just tying up loose ends", E),
        ("tying up loose ends at work before my holiday, can i take soma on the plane?", G),
        ("we rehomed the dog when we moved, does soma make you drowsy?", G),
        # the animal is no verb of hoarding, and "a little bit" no child biting a tablet
        ("the dog's dreaming about squirrels, is soma ok with asthma?", G),
        ("i am little bit sleepy after the soma, i sleep good now. this is ok?", G),
    ],
)
def test_affairs_wound_up_with_a_goodbye_is_a_hint_and_an_animal_is_no_hoard(triager, text, expected):
    assert tier(triager(text)) == expected, text


def test_spasms_read_as_one_symptom_silence_the_learned_part_on_the_other():
    """Soma is taken for spasms: where the lexicon read twitching (here the condition treated), the learned part
    says nothing of stiffness either, as it says nothing of a seizure happening beside one had."""
    examples = [Example(f"calves like wooden planks {i}", frozenset(["muscle_stiffness"])) for i in range(12)] + [
        Example(t, frozenset()) for t in ("can i take soma with food", "thanks", "hello", "my back hurts", "bye")
    ] * 6
    stiff = Triager(default_detector(), LearnedOpinion.train(examples))
    alone = stiff("my calves feel like wooden planks again today")
    beside = stiff("i take soma for muscle spasms, my calves feel like wooden planks again today")
    denied = stiff("no twitching at all, but my calves feel like wooden planks again today")
    assert [f.symptom for f in alone.findings if f.origin is Origin.LEARNED] == ["muscle_stiffness"]
    assert [f.symptom for f in beside.findings if f.origin is Origin.LEARNED] == []
    assert {f.symptom: f.status for f in beside.findings}.get("twitching") is Status.TREATED
    # a condition denied says nothing of the other: the learned part still speaks
    assert [f.symptom for f in denied.findings if f.origin is Origin.LEARNED] == ["muscle_stiffness"]
    assert {f.symptom: f.status for f in denied.findings}.get("twitching") is Status.NEGATED


def test_a_denial_reaches_back_from_a_cue_that_names_what_it_denies():
    detector = default_detector()
    assert {"heart", "rate"} <= detector.denied_words("my heart rate seems normal now")
    assert "racing" not in detector.denied_words("my heart rate was normal but now it's racing")


def test_an_opinion_stands_without_a_denied_word_it_hardly_rests_on(small):
    assert small("the little people on the shelf wave, no radio is the cause").level is Level.STOP  # "the": third
    assert small("there are not little people on the shelf").level is Level.NONE  # "people": first


def test_the_learned_part_survives_a_round_trip(small, tmp_path):
    small.learned.save(tmp_path)
    loaded = LearnedOpinion.load(tmp_path)
    text = "the little people on the shelf wave"
    assert loaded.scores(text) == pytest.approx(small.learned.scores(text))
    assert loaded.thresholds == small.learned.thresholds


@pytest.mark.parametrize("text", ["the little people on the shelf", "I'm SO sweaty!!", "", "ok", "took 6 of them"])
def test_serving_weighs_a_message_as_the_trained_vectorizers_do(small, text):
    """The learned part's own TF-IDF arithmetic at serving time equals scikit-learn's transform."""
    learned = small.learned
    [feature] = _features([text])
    reference = _stack(learned.words.transform([feature]), learned.chars.transform([feature])) @ learned.coef
    assert np.allclose(np.asarray(reference).ravel(), learned._weigh(feature))


@pytest.mark.parametrize(
    "text",
    [
        "neck locked up so tight i couldnt turn my head",
        "is it normal that my neck is locked solid? can't turn my head to reverse the car",
        "my shoulder is locked and i can't lift my arm",
    ],
)
def test_a_severe_stiffness_at_a_treated_site_never_said_to_be_why_gets_the_question(triager, text):
    """Read as the treated condition only because of where it is, a severe stiffness is asked about, never left to
    silence (stop 34); Yes gets the stop reply."""
    triage = triager(text)
    assert (triage.level, triage.check.symptom if triage.check else None) == (Level.CHECK, "muscle_stiffness"), text
    assert [tier(t) for t in conversation(triager, [text, "yes"])] == [A, S]


@pytest.mark.parametrize(
    "text",
    [
        "my back seized up lifting the shopping, that's why i'm on soma",
        "I take it for my stiff neck, it locks up so i can't turn my head",
        "my back is stiff",
        "neck is still a bit tight but much better",
    ],
)
def test_a_stiffness_told_as_the_reason_or_not_severe_is_the_treated_condition(triager, text):
    assert tier(triager(text)) == G, text


def test_an_emergency_sign_is_heard_on_what_a_denial_or_a_mask_leaves(triager):
    """A mask of mild dryness hides "lips" from the allergic reaction; the swelling said beside it is still heard (stop
    34: the learned part dropped any emergency opinion whose weightiest words a mask or a denial reached)."""
    assert tier(triager("dry eyes and chapped lips")) == G
    triage = triager("my lips are dry and now they're swelling up")
    assert (tier(triage), triage.reported) == (E, ["severe_allergic_reaction"])
    # the lexicon reads no swelling here: the test is of the rule
    assert [f.origin for f in triage.findings] == [Origin.LEARNED]


def test_an_opinion_rests_on_no_negation_and_no_span_of_time_alone(small):
    for words in (("won't",), ("minutes", "5"), ("seconds", "not")):
        assert not small._rests_on_content(Opinion("unresponsive", 0.6, words, True)), words
    assert small._rests_on_content(Opinion("unresponsive", 0.6, ("won't", "wake"), True))


def test_no_learned_opinion_rests_on_when_alone_but_an_answer_may(triager):
    """ "having", "now", "again" name no symptom: where the lexicon read no warning sign, an opinion must hold without
    them (stop 31); a message after others may answer with one ("still?" / "yes still now")."""
    for text in ("having back pain again", "having lunch now then my dose", "having a good day today"):
        assert not [f for f in triager(text).findings if f.origin is Origin.LEARNED], text
    opinions = triager._opinions("having lunch now then my dose", triager.detector("x"), True, when_is_content=True)
    assert [o.symptom for _, o in opinions] == ["seizure_now"]


class _HintUnlessAMedicine:
    """A learned part with the bias `_hint_with_medicines_read_as_soma` corrects: it hears a hint of self-harm, and a
    tremor, only where no medicine is named (reviews name their drug in nearly every sentence it trained on)."""

    def __init__(self):
        self.heard = []

    def opinions(self, text, exclude=frozenset()):
        self.heard.append(text)
        if any(name in text.lower() for name in ("xanax", "zoloft")):
            return []
        heard = [Opinion("self_harm", 0.7, ("point", "anything", "alive"), True)]
        heard += [Opinion("tremors", 0.9, ("wobbly", "hands"), True)]
        return [o for o in heard if o.symptom not in exclude]


def test_a_hint_of_self_harm_is_heard_with_another_medicine_named_beside_it_read_as_soma():
    """(stop 45, a review tuning set) "xanax .25 as needed and lately i don't see the point in anything, even staying
    alive" had no hint heard in it whole (0.61 with "soma" for "xanax"): a hint of self-harm is heard on the part with
    each medicine it names read as Soma. Only that hint: a warning symptom is not heard that way."""
    triager = Triager(default_detector(), _HintUnlessAMedicine())
    triage = triager("xanax .25 as needed and lately i don't see the point in anything")
    assert triage.level is Level.EMERGENCY
    # ... and "why?" says so: which name was read as Soma
    assert [(f.symptom, f.cues) for f in triage.findings if f.origin is Origin.LEARNED] == [
        ("self_harm", ("READ AS SOMA: xanax",))
    ]
    # the name is read as Soma, not taken away: what the part says of a medicine stays said of one
    assert "soma 25 as needed and lately i don't see the point in anything" in triager.learned.heard
    # a medicine denied is no drug the part is about: nothing read as Soma (stop 45's PsyTAR dev floor)
    denied = triager("i'm not on xanax any more and lately i don't see the point in anything")
    assert denied.level is not Level.EMERGENCY
    # where the part names no medicine, nothing is read otherwise and nothing more is heard
    assert triager._hint_with_medicines_read_as_soma("lately the days are long", Triage(Level.NONE), [], set()) == []


# (stop 47) after the stop reply, a question on another topic gets its answer and the stop advice again; one about what
# was told keeps the stop reply, whose advice is its answer
@pytest.mark.parametrize(
    "texts",
    [
        ["my hands are shaking", "can i still have a beer tonight"],
        ["my hands are shaking", "is it ok to drive tomorrow"],
        ["resting heart rate is 118 since starting soma", "can i take it with ibuprofen"],
        ["i keep throwing up", "wait what is soma even for"],
        ["having chills and shivering, on soma day 2", "can i have a glass of wine tonight"],
        ["diarrhea all day since i started carisoprodol", "how long am i supposed to be on this stuff anyway"],
        # (stop 47's red-team probes) no question mark, a juice, a habit, a medicine taken together
        ["i keep getting chills after taking soma", "is a glass of wine with dinner ok"],
        ["my dad is shivering and says hes cold all the time, he takes soma", "can he have grapefruit juice with it"],
        ["nausea and threw up once, started soma yesterday", "is soma addictive?"],
        ["feel like i have to keep moving, cant sit still, on soma", "can i take it together with my oxycodone?"],
        ["i feel so clumsy, keep bumping into doorframes", "unrelated but what is soma actually for"],
        # (stop 49, a chat tuning set) a painkiller for the back it treats, how long it stays, insurance
        ["my hands are shaking", "can i still take ibuprofen for my back tho"],
        ["been feelin super nausous", "how long till this stuff leaves ur body"],
        ["my heart is racing, 112 sitting", "will my insurance cover a different muscle relaxer if i switch"],
    ],
)
def test_a_question_on_another_topic_after_the_stop_reply_is_answered_with_the_advice_again(triager, texts):
    first, second = conversation(triager, texts)
    assert first.level is Level.STOP
    assert (second.level.urgent, second.reminder, second.reported) == (False, True, first.reported), texts
    assert Triage.from_dict(second.to_dict()).reminder


@pytest.mark.parametrize(
    "texts",
    [
        ["my hands are shaking", "is that bad?"],
        ["my hands are shaking", "can it wait till monday?"],
        ["my hands are shaking", "can alcohol make it worse?"],
        ["my hands are shaking", "could it be the wine i had?"],
        ["my hands are shaking", "should i skip my next dose"],
        ["my hands are shaking", "is it safe to drive with the shaking"],  # the told symptom asked about: no denial
        ["my hands are shaking", "can i drink if im not nauseous"],  # another symptom named
        ["my hands are shaking", "can i drink coffee? its getting worse"],
        ["vomited twice after my soma", "should i take it with food next time"],
        # (stop 47's review of the whole change) a part of an emergency, a statement beside the question, a hint of
        # self-harm, a medicine asked about for something
        ["my hands are shaking", "is it ok to drive with a tight chest"],
        ["my hands are shaking", "can i take benadryl, it's hard to swallow"],
        ["my hands are shaking", "can i drink alcohol? my soma bottle is empty now"],
        ["my hands are shaking", "is it ok to drive, i cant feel my legs"],
        ["my hands are shaking", "i cant feel my legs, is it ok to drive"],
        ["my hands are shaking", "how long does soma stay in the system? my pee is dark brown"],
        ["my hands are shaking", "how long does soma stay in your system, will they find it after"],
        ["my hands are shaking", "can i take tylenol for the chest pain"],
        ["my hands are shaking", "can i take tylenol for my back pain"],  # a pain, even where Soma treats
        ["my hands are shaking", "how long till the shaking stops"],
        # (stop 51) ... and what closes none: a symptom back (not the treated back), care put off
        ["my hands are shaking", "no wait its back"],
        ["my mom is really unsteady on her feet", "ok ill take her in after dinner"],
        # (stop 51's review of the change) a symptom moved or more of it, an "enough", the doctor's advice tried, how
        # long the symptom lasts
        ["my legs are twitching", "wait no, its in my arms too"],
        ["my heart is racing", "wait no its pounding"],
        ["my hands are shaking", "ok ill try the doctor's tips"],
        ["my heart is racing", "how long till its gone?"],
        # (stop 51's red-team probes) care reached beside what goes on, a doubt or more of the medicine
        ["my hands have been shaking badly since i started soma", "left a msg for my dr, its getting worse tho"],
        ["my hands have been shaking badly", "ok ill try the after hours line but honestly i doubt anyone picks up"],
        ["my hands have been shaking badly", "ok ill wait for the surgeon to call back and keep taking it meanwhile"],
        ["my hands have been shaking badly", "ok ill try the after hours line tomorrow maybe"],
        # (stop 52, a chat tuning set) a call said beside a question, which the advice answers; a reading lowered by a
        # fever reducer, which lowers the number, not the fever
        ["im shaking all over on soma", "calling my doctor now, should i stop the soma?"],
        ["my hands are shaking", "ok ill call my doctor, is it ok to lie down till they ring back"],
        ["husband's temp 38.1 this afternoon", "gave him tylenol, now its 37.2, can he keep taking the soma"],
        # (stop 52's second review of the change) one reducer said beside another not given, in a combination, an "ok
        # to"
        ["my son has a fever of 39.1 since starting soma", "gave him tylenol not advil, now its 37.2, can he take it"],
        ["my son has a fever of 39.1 on soma", "gave him nyquil, now its 37.2, can he keep taking the soma"],
        ["my son has a fever of 39.1 since starting soma", "gave him tylenol, now its 37.2, ok to keep the soma going"],
    ],
)
def test_a_question_about_what_was_told_keeps_the_stop_reply(triager, texts):
    first, second = conversation(triager, texts)
    assert (first.level, second.level, second.reminder) == (Level.STOP, Level.STOP, False), texts


def test_a_long_sleep_wished_for_with_a_drink_after_a_warning_symptom_is_a_hint_of_self_harm(triager):
    """(stop 47's review kept it urgent; stop 55) the question with a wish for a long sleep: the emergency reply."""
    first, second = conversation(
        triager, ["my hands are shaking", "can i mix it with vodka? i just want to sleep for a long long time"]
    )
    assert (first.level, second.level, second.self_harm) == (Level.STOP, Level.EMERGENCY, True)


def test_the_advice_stays_open_across_answered_questions_and_closes_on_a_thanks(triager):
    tiers = conversation(
        triager, ["my hands are shaking", "can i still have a beer tonight", "is that bad?", "ok thanks"]
    )
    assert [(t.level.urgent, t.reminder) for t in tiers] == [
        (True, False),
        (False, True),
        (True, False),
        (False, False),
    ]
    # ... and never after an emergency, whose reply a question keeps
    emergency = conversation(triager, ["he is not breathing properly", "can he still drive tomorrow?"])
    assert [t.level for t in emergency] == [Level.EMERGENCY, Level.EMERGENCY]


STOP_57 = [
    # (stop 57, a chat tuning set and the team's probes) "kms" is read "km" by its lemma: kilometres were "kill myself"
    ("ran 5km today, hamstring tight, ok to take soma?", G, []),
    ("ran 10 kms this morning, can i take my dose after?", G, []),
    ("kms tbh", E, ["self_harm"]),
    # a thing that shakes is never one where someone is: on the bus, in the car, on the floor
    ("my husband in the car is shaking and sweating", S, ["tremors", "sweating"]),
    ("my son on the bus is seizing", E, ["seizure_now"]),
    ("lady on the plane collapsed and is shaking", E, ["unresponsive"]),
    ("dad is on the floor shaking", S, ["tremors"]),
    ("the bus is juddering like crazy, can i take soma for travel sickness?", G, []),
    ("the whole floor was shaking last night at the gig", G, []),
    # someone found fitting, or fallen down shaking for minutes
    ("found a guy in the park convulsing, pill bottle next to him says cariso", E, ["seizure_now"]),
    ("man on the train fell down shaking hard, the woman with him says he takes soma, it's been going nearly 6 minutes",
     E, ["seizure_now"]),
    ("found out my cousin was fitting at school years ago, is soma safe for me?", G, []),
    # a child by an age said without "old", a tablet taken for a sweet, pills taken from where they are kept
    ("my daughter 18 months has chalky white stuff on her lips and my soma bottle is on the floor next to her", E,
     ["overdose"]),
    ("my small boy 2 years he take maybe one or two from my pills soma, I see him with bottle open", E, ["overdose"]),
    ("my kid (6) says the 'candy' in mommy's bag tasted yucky. it was my soma bottle", E, ["overdose"]),
    ("my nephew (13) and his friend took pills from the cabinet, soma and some others, they're stumbling around", E,
     ["overdose"]),
    # drowsiness with a drink or an opioid, in lay words
    ("took my soma and a restoril and a bit of bourbon, can barely lift my arms or keep my eyes open", E, ["overdose"]),
    ("i did some soma and a bunch of hydros... so sleepy.. typing is hard", E, ["overdose"]),
    # self-harm: a vanishing for good, the tablets looked at a long while, an overdose asked of as curiosity or fiction
    ("I feel like disappearing. permanently.", E, ["self_harm"]),
    ("sometimes at night I sit and look at the pill bottle for a long time", E, ["self_harm"]),
    ("Is overdosing on carisoprodol painful? it's for a story I'm writing", E, ["self_harm"]),
    ("is there a number of these pills that would be too much? asking out of curiosity", E, ["self_harm"]),
    ("can i have too much coffee on soma? just curious", G, []),
    # an injury told by how it happened is what Soma is for; "on purpose" or a place alone is no such story
    ("i hurt myself lifting boxes at work, can i take soma for it?", G, []),
    ("injured myself playing football, doc gave me soma", G, []),
    ("i cut myself in the bathroom last night", E, ["self_harm"]),
    ("i hurt myself on purpose again", E, ["self_harm"]),
    ("some days i want to cut myself at work just to get through it", E, ["self_harm"]),
    # a thrill given by anything but the medicine
    ("that goal gave me goosebumps and chills", G, []),
    ("this weather gives me the shivers, can i take soma in a hot bath?", G, []),
    ("my boss is giving me the chills 😬💀 lol anyway can I take soma during work hours", G, []),
    ("soma is giving me the chills", S, ["shivering"]),
    ("soma gave me chills last night", S, ["shivering"]),
    ("these pills give me the shivers", S, ["shivering"]),
    # diarrhea in regional, crude and misspelt words, and nappies said to be watery
    ("got the skitters somethin awful since the doc gave me them soma pills", S, ["diarrhea"]),
    ("Explosive BMs since yesterday, like someone turned a tap on", S, ["diarrhea"]),
    ("dyereah wont quit, been takin soma 350 since frday", S, ["diarrhea"]),
    ("cant leave the house, basically living in the bathroom. soma day 3", S, ["diarrhea"]),
    ("my 3 month old's nappies have been really watery since yesterday, im breastfeeding on soma", S, ["diarrhea"]),
    ("the eye of a needle is tiny, my hands arent steady enough to sew anyway lol", G, []),
    # a hallucination asked about beside one told; a stomach turned by the thought of food
    ("am i hallucinating? i see bugs on the wall", S, ["hallucinations"]),
    ("the thought of food makes me want to throw up since soma", S, ["nausea"]),
    # (stop 57's red team) someone else's cut told as an accident the writer doubts; "kms" after a number that is no
    # distance; one's own dose taken from the bottle; a thing where someone is, said with "of"; "it" shaking on a train;
    # legs jerking found at sleep; tablets looked at to read; too much sleep asked "just curious"; a pain fading with a
    # drink; a bathroom shared
    ("my son says he cut himself cooking but the cuts are in neat lines up his arm", E, ["self_harm"]),
    ("day 3 kms", E, ["self_harm"]),
    ("grabbed a couple from the bottle at lunch, cant remember if that was my second dose", G, []),
    ("my son at the back of the bus is seizing", E, ["seizure_now"]),
    ("on the train it was shaking so much i couldnt read, can i take soma before flying?", G, []),
    ("i find my legs jerking as i drift off since starting soma", S, ["twitching"]),
    ("stared at the soma packet for ages trying to work out if id taken the morning one", G, []),
    ("does it make you sleep too much? just curious", G, []),
    ("had a couple of pints at the pub and the back pain is fading away nicely", G, []),
    ("we basically live in the bathroom in the mornings, 5 of us and one sink lol", G, []),
    # a second language's English
    ("My husband he cannot to walk straight, he is falling to the side, since he take the carisoprodol", S,
     ["loss_of_coordination"]),
]


@pytest.mark.parametrize("text,expected,symptoms", STOP_57)
def test_stop_57_classes(triager, text, expected, symptoms):
    check(triager, text, expected, symptoms)
