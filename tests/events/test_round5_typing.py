"""What belongs to one violent event: the damage and the arrests told with it; warning shots are no
attack; force against a violent crowd is its violent demonstration; a disaster toll is no event
(whole pipeline, own sentences)."""

from __future__ import annotations

from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(document_from_text(text, country="KE")).events]


def test_arrests_for_an_attack_in_its_sentence_are_part_of_it():
    assert _subs("On 4 May, 13 people were arrested after they attacked police officers with sticks "
                 "and stones in the town.") == ["Mob violence"]


def test_unrelated_arrests_the_next_day_stay_apart():
    subs = _subs("Gunmen killed two traders at the market on Monday. Police arrested five suspects on Friday.")
    assert subs == ["Attack", "Arrests"]


def test_arrests_of_other_people_stay_apart():
    assert len(_subs("Rebels attacked an army post on Monday. Police arrested ten people in the capital.")) == 2


def test_houses_burned_by_the_attackers_are_part_of_the_attack():
    subs = _subs("Bandits burned at least 70 houses in the village. The houses were torched in a revenge "
                 "attack. The group stormed in, injured four people and stole livestock.")
    assert len(subs) == 1 and subs[0] != "Looting/property destruction"


def test_warning_shots_are_not_an_air_strike_nor_lethal_force():
    subs = _subs("Police shot in the air and lobbed teargas canisters to disperse residents who were "
                 "protesting after they were denied identity cards.")
    assert subs == ["Protest with intervention"]


def test_a_real_shooting_of_protesters_is_still_excessive_force():
    assert _subs("Police shot dead two protesters in the town.") == ["Excessive force against protesters"]


def test_force_against_a_violent_crowd_is_a_violent_demonstration():
    assert _subs("Police clashed with violent demonstrators on Monday and shot dead two of them.") == [
        "Violent demonstration"]


def test_the_police_response_next_sentence_joins_the_protest():
    subs = _subs("Traders protested in the market on Monday. Police dispersed them with tear gas.")
    assert len(subs) == 1


def test_a_shooting_near_a_car_or_at_a_mine_is_no_explosive():
    assert _subs("A gunman on a motorcycle intercepted a car and shot the driver dead.") == ["Attack"]
    assert _subs("A guard at the gold mine shot dead an artisanal miner.") == ["Attack"]
    assert _subs("Two soldiers were killed when their vehicle hit a mine.") == ["Remote explosive/landmine/IED"]
    assert _subs("A car bomb exploded near a checkpoint, killing four soldiers.") == [
        "Remote explosive/landmine/IED"]


def test_an_air_force_unit_shot_at_is_no_air_strike():
    assert _subs("Two members of the Air Force Intelligence were killed when gunmen opened fire on them.") != [
        "Air/drone strike"]
    assert _subs("The air force bombed rebel positions near the town.") == ["Air/drone strike"]


def test_a_crowd_that_burns_and_blocks_with_stones_is_a_violent_demonstration():
    assert _subs("Residents blocked the highway after a man was found murdered near his home. The residents "
                 "lit bonfires and blocked the road with stones.")[0] == "Violent demonstration"
    assert _subs("Inmates demonstrated over a search of their cells. Chairs were burnt and property "
                 "destroyed.") == ["Violent demonstration"]
    assert _subs("Teachers marched to the ministry on Monday. They handed over a petition.") == ["Peaceful protest"]


def test_a_crowd_blocking_a_road_protests_and_the_police_blocking_one_do_not():
    assert _subs("Traders blocked the main road in the town on Monday to demand the reopening of the "
                 "market.") == ["Peaceful protest"]
    assert _subs("Police blocked the road to the stadium.") == []
    assert _subs("The court blocked the sale of the land.") == []


def test_a_disaster_toll_is_no_event_but_violence_beside_one_is():
    assert _subs("A tsunami after a volcanic eruption killed 222 people on the coast on Saturday night.") == []
    assert _subs("As many as 55 people were killed after a strong earthquake rocked the island.") == []
    assert _subs("Five soldiers were killed when their helicopter crashed during an operation.") == []
    assert _subs("Gunmen killed five villagers after floods had displaced them to a camp.") == ["Attack"]


def test_a_chemical_weapon_named_in_the_sentence_decides_the_sub_type():
    assert _subs("The militants shelled army posts with mortars filled with chlorine gas.") == ["Chemical weapon"]
    assert _subs("A helicopter dropped barrel bombs carrying poison gas on the farms.") == ["Chemical weapon"]
    assert _subs("Rebels attacked the village, killing ten; the chemical plant nearby was not hit.") == ["Attack"]
    assert _subs("Police fired tear gas at protesters in the square.") == ["Protest with intervention"]


def test_territory_taken_without_a_fight_and_forces_moved():
    assert _subs("Al-Shabaab militants took control of Af-Urur, a strategic village south of Bosaso, "
                 "following the withdrawal of Puntland forces.") == ["Non-violent transfer of territory"]
    assert _subs("The investors took control of Acme, a chemicals maker, last year.") == []
    assert _subs("The rebels moved troops to the desert region near the border.") == ["Change to group/activity"]
    assert _subs("The factions continued to fortify their positions close to the frontlines.") == [
        "Change to group/activity"]
    assert _subs("The company moved its headquarters to the capital.") == []
    assert _subs("United reinforced their defence in the second half.") == []


def test_game_targets_possible_attacks_and_needs_are_no_events():
    assert _subs("Web users could soon use a remote-controlled rifle to shoot down deer and wild pigs.") == []
    assert _subs("The website already lets people shoot ten rounds at paper targets.") == []
    assert _subs("He said people have to be prepared for a possible terrorist attack.") == []
    assert _subs("Allowing the evidence would remove the need to detain suspects without charge.") == []
    assert _subs("Gunmen shot dead two farmers near the border.") == ["Attack"]


def test_police_breaking_up_a_protest_in_the_next_sentence_is_an_intervention():
    assert _subs("Residents protested outside the district offices on Friday. Police fired into the air to "
                 "disperse the crowd, but no one was hurt.") == ["Protest with intervention"]
    assert _subs("Teachers marched to the ministry on Monday. Police officers watched from a distance.") == [
        "Peaceful protest"]


def test_forces_stopping_a_march_make_it_an_intervention_but_a_protest_to_stop_a_dam_does_not():
    assert _subs("Hundreds of teachers marched towards the palace on Monday, but police stopped them at "
                 "the bridge.") == ["Protest with intervention"]
    assert _subs("Villagers protested on Monday to stop the construction of a dam.") == ["Peaceful protest"]
