"""Event coding: article text -> CAMEO/PLOVER events with Goldstein, QuadClass and PentaClass."""
from aftershock.coding.actors import ActorDictionary, countries_in, load_actor_dictionary
from aftershock.coding.cameo import CameoCode, cameo_info
from aftershock.coding.coder import Coder

__all__ = ["ActorDictionary", "CameoCode", "Coder", "cameo_info", "countries_in",
           "load_actor_dictionary"]
