/*
 * typetable.ts — the builtin (non-exception) types and the layouts that are of each type:
 * one table, read by typeOf. Methods are added by the files implementing each type.
 */

import * as L from "./layouts.js";
import { T_BOOL, T_INT, T_OBJECT, bindLayouts, defineType } from "./types.js";

bindLayouts(T_INT, [L.L_INT, L.L_LONG]);
bindLayouts(T_BOOL, [L.L_BOOL]);
export const T_FLOAT = defineType("float", T_OBJECT, [L.L_FLOAT]);
export const T_NONE = defineType("NoneType", T_OBJECT, [L.L_NONE]);
export const T_NOTIMPL = defineType("NotImplementedType", T_OBJECT, [L.L_NOTIMPL]);
export const T_ELLIPSIS = defineType("ellipsis", T_OBJECT, [L.L_ELLIPSIS]);
export const T_STR = defineType("str", T_OBJECT, [L.L_STR]);
export const T_BYTES = defineType("bytes", T_OBJECT, [L.L_BYTES]);
export const T_BYTEARRAY = defineType("bytearray", T_OBJECT, [L.L_BYTEARRAY]);
export const T_TUPLE = defineType("tuple", T_OBJECT, [L.L_TUPLE]);
export const T_LIST = defineType("list", T_OBJECT, [L.L_LIST]);
export const T_DICT = defineType("dict", T_OBJECT, [L.L_DICT]);
export const T_SET = defineType("set", T_OBJECT, [L.L_SET]);
export const T_FROZENSET = defineType("frozenset", T_OBJECT, [L.L_FROZENSET]);
export const T_RANGE = defineType("range", T_OBJECT, [L.L_RANGE]);
export const T_SLICE = defineType("slice", T_OBJECT, [L.L_SLICE]);
export const T_RANGE_ITER = defineType("range_iterator", T_OBJECT, [L.L_RANGE_ITER]);
export const T_SEQ_ITER = defineType("iterator", T_OBJECT, [L.L_SEQ_ITER]);
export const T_BUILTIN_ITER = defineType("builtin_iterator", T_OBJECT, [L.L_BUILTIN_ITER]);
export const T_FUNCTION = defineType("function", T_OBJECT, [L.L_FUNCTION]);
export const T_BUILTIN = defineType("builtin_function_or_method", T_OBJECT, [L.L_BUILTIN]);
export const T_METHOD = defineType("method", T_OBJECT, [L.L_METHOD]);
export const T_CELL = defineType("cell", T_OBJECT, [L.L_CELL]);
export const T_CODE = defineType("code", T_OBJECT, [L.L_CODE]);
export const T_FRAME = defineType("frame", T_OBJECT, [L.L_FRAME]);
export const T_GENERATOR = defineType("generator", T_OBJECT, [L.L_GENERATOR]);
export const T_MODULE = defineType("module", T_OBJECT, [L.L_MODULE]);
export const T_SUPER = defineType("super", T_OBJECT, [L.L_SUPER]);
export const T_TRACEBACK = defineType("traceback", T_OBJECT, [L.L_TRACEBACK]);
