/*
 * dictmethods.ts — dict's class methods (the instance methods are in builtins.ts).
 */

import { getHandle, handleMark, popHandles, pushHandle } from "../gc/index.js";
import { callObject } from "./call.js";
import * as L from "./layouts.js";
import { dictSet, newDict } from "./objects/dict.js";
import { listGet, listLen, newListFrom } from "./objects/list.js";
import { kindOf } from "./ops/compare.js";
import { setItemSlow } from "./ops/items.js";
import { iterToArray } from "./ops/iter.js";
import { noneRef } from "./state.js";
import { addMethods, typeDescOf } from "./types.js";
import { T_DICT } from "./typetable.js";

/** dict.fromkeys(iterable, value=None): cls() filled by item assignment (a subclass's __setitem__). */
addMethods(
  T_DICT,
  {
    fromkeys: ([cls, it, v]) => {
      const mark = handleMark();
      try {
        const hv = pushHandle(v ?? noneRef());
        const hKeys = pushHandle(newListFrom(iterToArray(it!)));
        const plain = typeDescOf(cls!) === T_DICT;
        const hd = pushHandle(plain ? newDict() : callObject(cls!, [], null));
        for (let i = 0; i < listLen(getHandle(hKeys)); i++) {
          const d = getHandle(hd);
          const k = listGet(getHandle(hKeys), i);
          if (kindOf(d) === L.L_DICT && plain) dictSet(d, k, getHandle(hv));
          else setItemSlow(d, k, getHandle(hv));
        }
        return getHandle(hd);
      } finally {
        popHandles(mark);
      }
    },
  },
  "class",
);
