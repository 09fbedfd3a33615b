"""History, habit and outside commentary are context, not reactions."""
import pytest

from aftershock.ripple.reactions import is_background


@pytest.mark.parametrize("sentence", [
    "North Korea and Venezuela have maintained friendly ties for years.",
    "Pyongyang has repeatedly denounced U.S. sanctions on Caracas.",
    "North Korea has conducted launches around major diplomatic events in the past.",
    "Analysts said the launch could be read as a response to the operation.",
    '"Venezuela showed that this administration will move fast," said a former deputy minister.',
])
def test_background_and_commentary(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize("sentence", [
    "North Korea's foreign ministry condemned the U.S. military operation in Venezuela on Sunday.",
    "South Korea's foreign ministry activated crisis response measures for its nationals.",
    ("Kim said recent events had shown that a country without strong self-defence capabilities "
     "could lose its sovereignty overnight, in what analysts saw as a reference to the raid."),
    "A South Korean diplomat in Washington said the embassy had contacted the State Department.",
])
def test_new_acts_are_not_background(sentence):
    assert not is_background(sentence)
