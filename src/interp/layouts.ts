/*
 * layouts.ts — every heap layout of the interpreter's object model, defined once.
 *
 * Each Python object is one src/gc object; its layout id (the low 16 bits of the header) is
 * what the interpreter dispatches on first. For the builtin types the layout IS the type
 * (types.ts maps layout -> type object); objects whose type varies (exception instances)
 * keep their type in a `type` field at offset 4.
 *
 * Representations (the reasons are in the essays of the files under objects/):
 *   int    tagged in the reference word (31 bits, `n << 1 | 1`), else
 *          Int:      one f64 holding an exact integer, |n| < 2^53   (the fast path goes on)
 *          Long:     sign + 32-bit magnitude limbs, |n| >= 2^53     (residual BigInt arithmetic)
 *          Each int value has exactly one of the three forms, so == on ints of different forms
 *          is always false and a fast path only has to look at the forms it handles.
 *   float  Float: one f64.
 *   bool, None, NotImplemented, Ellipsis: singletons (Bool has its 0/1 value for arithmetic).
 *   str    Str: the code points as i32 (O(1) indexing, lone surrogates representable); the
 *          hash is cached (0 = not computed yet; a real hash of 0 is stored as 1... see str.ts).
 *   tuple  Tuple: refs inline.
 *   list   List: length + strategy + storage (an I32Array of raw ints, an F64Array of raw
 *          floats, or a RefArray); see list.ts for the strategies.
 *   dict   Dict: insertion-ordered, open addressing over an index array into entry arrays.
 *   frame  Frame: code, back, globals, locals, func, pc, sp + [locals | cells | value stack].
 */

import { defineLayout, fieldOffset, varOffset } from "../gc/index.js";

// ---- numbers and singletons
export const L_INT = defineLayout("py.Int", [["value", "f64"]]);
export const INT_VALUE = fieldOffset(L_INT, "value");
export const L_LONG = defineLayout("py.Long", [["sign", "i32"]], "i32");
export const LONG_SIGN = fieldOffset(L_LONG, "sign");
export const LONG_LIMBS = varOffset(L_LONG);
export const L_FLOAT = defineLayout("py.Float", [["value", "f64"]]);
export const FLOAT_VALUE = fieldOffset(L_FLOAT, "value");
export const L_BOOL = defineLayout("py.Bool", [["value", "i32"]]);
export const BOOL_VALUE = fieldOffset(L_BOOL, "value");
export const L_NONE = defineLayout("py.None", [["unused", "i32"]]);
export const L_NOTIMPL = defineLayout("py.NotImplemented", [["unused", "i32"]]);
export const L_ELLIPSIS = defineLayout("py.Ellipsis", [["unused", "i32"]]);

// ---- strings and sequences
export const L_STR = defineLayout("py.Str", [["hash", "i32"]], "i32");
export const STR_HASH = fieldOffset(L_STR, "hash");
export const STR_CHARS = varOffset(L_STR);
export const L_BYTES = defineLayout("py.Bytes", [["hash", "i32"]], "u8");
export const BYTES_HASH = fieldOffset(L_BYTES, "hash");
export const BYTES_DATA = varOffset(L_BYTES);
export const L_TUPLE = defineLayout("py.Tuple", [], "ref");
export const TUPLE_ITEMS = varOffset(L_TUPLE);
export const L_LIST = defineLayout("py.List", [["storage", "ref"], ["length", "i32"], ["strategy", "i32"]]);
export const LIST_STORAGE = fieldOffset(L_LIST, "storage");
export const LIST_LENGTH = fieldOffset(L_LIST, "length");
export const LIST_STRATEGY = fieldOffset(L_LIST, "strategy");
/** List storage strategies (objects/list.ts): no storage yet, I32Array, F64Array, RefArray. */
export const S_EMPTY = 0;
export const S_INT = 1;
export const S_FLOAT = 2;
export const S_OBJECT = 3;

// ---- mappings and sets (a set is a dict whose values are unused)
const dictFields = [["indices", "ref"], ["keys", "ref"], ["values", "ref"], ["hashes", "ref"], ["used", "i32"], ["filled", "i32"], ["flags", "i32"], ["version", "f64"]] as const;
export const L_DICT = defineLayout("py.Dict", dictFields);
export const L_SET = defineLayout("py.Set", dictFields);
export const L_FROZENSET = defineLayout("py.Frozenset", dictFields);
export const DICT_INDICES = fieldOffset(L_DICT, "indices");
export const DICT_KEYS = fieldOffset(L_DICT, "keys");
export const DICT_VALUES = fieldOffset(L_DICT, "values");
export const DICT_HASHES = fieldOffset(L_DICT, "hashes");
export const DICT_USED = fieldOffset(L_DICT, "used");
export const DICT_FILLED = fieldOffset(L_DICT, "filled");
/** DICT_HAS_USER_KEYS: some key's __hash__/__eq__ is Python code (dict.ts roots its operands). */
export const DICT_FLAGS = fieldOffset(L_DICT, "flags");
/** DICT_VERSION: a number no other dict state has had, new whenever a key is added (objects/dict.ts). */
export const DICT_VERSION = fieldOffset(L_DICT, "version");
export const DICT_HAS_USER_KEYS = 1;

// ---- ranges, slices, iterators
export const L_RANGE = defineLayout("py.Range", [["start", "ref"], ["stop", "ref"], ["step", "ref"]]);
export const RANGE_START = fieldOffset(L_RANGE, "start");
export const RANGE_STOP = fieldOffset(L_RANGE, "stop");
export const RANGE_STEP = fieldOffset(L_RANGE, "step");
export const L_SLICE = defineLayout("py.Slice", [["start", "ref"], ["stop", "ref"], ["step", "ref"]]);
export const SLICE_START = fieldOffset(L_SLICE, "start");
export const SLICE_STOP = fieldOffset(L_SLICE, "stop");
export const SLICE_STEP = fieldOffset(L_SLICE, "step");
/** range iterator over machine ints (|values| < 2^53): next, stop, step as f64. */
export const L_RANGE_ITER = defineLayout("py.RangeIterator", [["next", "f64"], ["stop", "f64"], ["step", "f64"]]);
export const RITER_NEXT = fieldOffset(L_RANGE_ITER, "next");
export const RITER_STOP = fieldOffset(L_RANGE_ITER, "stop");
export const RITER_STEP = fieldOffset(L_RANGE_ITER, "step");
/** Iterator over a sequence (list, tuple, str, dict keys snapshot…) by index. */
/** `size`: a dict/set's length when iteration began (a change raises RuntimeError, as in CPython). */
export const L_SEQ_ITER = defineLayout("py.SeqIterator", [["seq", "ref"], ["index", "i32"], ["kind", "i32"], ["size", "i32"]]);
export const SEQ_ITER_SEQ = fieldOffset(L_SEQ_ITER, "seq");
export const SEQ_ITER_INDEX = fieldOffset(L_SEQ_ITER, "index");
export const SEQ_ITER_KIND = fieldOffset(L_SEQ_ITER, "kind");
export const SEQ_ITER_SIZE = fieldOffset(L_SEQ_ITER, "size");
/** SeqIterator kinds (`kind`); the eval loop steps SEQ_LIST and SEQ_TUPLE itself. */
export const SEQ_LIST = 0;
export const SEQ_TUPLE = 1;
export const SEQ_STR = 2;
export const SEQ_DICT_KEYS = 3;
export const SEQ_DICT_VALUES = 4;
export const SEQ_DICT_ITEMS = 5;
/** Iteration by __getitem__(0), __getitem__(1), ... until IndexError (the old sequence protocol). */
export const SEQ_GETITEM = 6;
/** Builtin iterators with a small fixed state (enumerate, zip, map, filter, reversed…). */
export const L_BUILTIN_ITER = defineLayout("py.BuiltinIterator", [["kind", "i32"], ["a", "ref"], ["b", "ref"], ["count", "ref"]]);
export const BITER_KIND = fieldOffset(L_BUILTIN_ITER, "kind");
export const BITER_A = fieldOffset(L_BUILTIN_ITER, "a");
export const BITER_B = fieldOffset(L_BUILTIN_ITER, "b");
export const BITER_COUNT = fieldOffset(L_BUILTIN_ITER, "count");

// ---- code, functions, frames, cells
/** A code object in the heap; `id` indexes the JS-side table of frontend CodeObjects (code.ts). */
export const L_CODE = defineLayout("py.Code", [
  ["id", "i32"],
  ["instrs", "ref"],
  ["consts", "ref"],
  ["names", "ref"],
  ["excTable", "ref"],
  ["cell2arg", "ref"],
  ["spAt", "ref"],
  ["name", "ref"],
  ["nlocals", "i32"],
  ["ncells", "i32"],
  ["nfree", "i32"],
  ["stacksize", "i32"],
  ["argcount", "i32"],
  ["posonly", "i32"],
  ["kwonly", "i32"],
  ["flags", "i32"],
  ["stackBase", "i32"],
  ["frameSlots", "i32"],
  ["simpleArgc", "i32"],
  ["attrCache", "ref"],
  ["methodCache", "ref"],
]);
export const CODE_ID = fieldOffset(L_CODE, "id");
export const CODE_INSTRS = fieldOffset(L_CODE, "instrs");
export const CODE_CONSTS = fieldOffset(L_CODE, "consts");
export const CODE_NAMES = fieldOffset(L_CODE, "names");
export const CODE_EXC_TABLE = fieldOffset(L_CODE, "excTable");
export const CODE_CELL2ARG = fieldOffset(L_CODE, "cell2arg");
export const CODE_SP_AT = fieldOffset(L_CODE, "spAt");
export const CODE_NAME = fieldOffset(L_CODE, "name");
export const CODE_NLOCALS = fieldOffset(L_CODE, "nlocals");
export const CODE_NCELLS = fieldOffset(L_CODE, "ncells");
export const CODE_NFREE = fieldOffset(L_CODE, "nfree");
export const CODE_STACKSIZE = fieldOffset(L_CODE, "stacksize");
export const CODE_ARGCOUNT = fieldOffset(L_CODE, "argcount");
export const CODE_POSONLY = fieldOffset(L_CODE, "posonly");
export const CODE_KWONLY = fieldOffset(L_CODE, "kwonly");
export const CODE_FLAGS = fieldOffset(L_CODE, "flags");
/** Derived when the code is loaded, for calls: the value stack's first slot (nlocals + ncells + nfree) and the frame's slot count. */
export const CODE_STACK_BASE = fieldOffset(L_CODE, "stackBase");
export const CODE_FRAME_SLOTS = fieldOffset(L_CODE, "frameSlots");
/** The positional argument count when a call can bind by position alone (call.ts callSimple), else -1. */
export const CODE_SIMPLE_ARGC = fieldOffset(L_CODE, "simpleArgc");
/**
 * The eval loop's per-instruction attribute caches (CPython 3.11's inline caches), filled by
 * ops/attr-cache.ts and read by eval.ts, ATTR_CACHE_WAYS entries ("ways") per instruction, the
 * most recently filled first. CODE_ATTR_CACHE is an I32Array of ATTR_CACHE_WAY_WORDS words per
 * way: [map id, type version, slot index (-1: the value is the way's reference), map id after a
 * store that adds the attribute (0: the attribute exists)]; CODE_METHOD_CACHE a RefArray of one
 * reference per way: a class attribute's value (LOAD_ATTR) or the function (LOAD_METHOD).
 */
export const CODE_ATTR_CACHE = fieldOffset(L_CODE, "attrCache");
export const CODE_METHOD_CACHE = fieldOffset(L_CODE, "methodCache");
export const ATTR_CACHE_WAYS = 4;
export const ATTR_CACHE_WAY_WORDS = 4;
export const ATTR_CACHE_WORDS = ATTR_CACHE_WAYS * ATTR_CACHE_WAY_WORDS;

export const L_FUNCTION = defineLayout("py.Function", [
  ["code", "ref"],
  ["globals", "ref"],
  ["defaults", "ref"],
  ["kwdefaults", "ref"],
  ["closure", "ref"],
  ["name", "ref"],
  ["qualname", "ref"],
  ["dict", "ref"],
  ["doc", "ref"],
  ["module", "ref"],
  ["annotations", "ref"],
]);
export const FUNC_CODE = fieldOffset(L_FUNCTION, "code");
export const FUNC_GLOBALS = fieldOffset(L_FUNCTION, "globals");
export const FUNC_DEFAULTS = fieldOffset(L_FUNCTION, "defaults");
export const FUNC_KWDEFAULTS = fieldOffset(L_FUNCTION, "kwdefaults");
export const FUNC_CLOSURE = fieldOffset(L_FUNCTION, "closure");
export const FUNC_NAME = fieldOffset(L_FUNCTION, "name");
export const FUNC_QUALNAME = fieldOffset(L_FUNCTION, "qualname");
/** Function attributes (`f.attr = 1`), created on the first. */
export const FUNC_DICT = fieldOffset(L_FUNCTION, "dict");
/** __doc__, __module__: 0 until set (then read from the code's first constant / the globals). */
export const FUNC_DOC = fieldOffset(L_FUNCTION, "doc");
export const FUNC_MODULE = fieldOffset(L_FUNCTION, "module");
/** __annotations__: MAKE_FUNCTION's flat (name, value, ...) tuple, made a dict on first access. */
export const FUNC_ANNOTATIONS = fieldOffset(L_FUNCTION, "annotations");

/** A builtin function or bound builtin method: `impl` indexes the JS table of implementations. */
export const L_BUILTIN = defineLayout("py.Builtin", [["impl", "i32"], ["self", "ref"]]);
export const BUILTIN_IMPL = fieldOffset(L_BUILTIN, "impl");
export const BUILTIN_SELF = fieldOffset(L_BUILTIN, "self");
/** A Python function bound to an instance (methods of user classes; also `obj.method` values). */
export const L_METHOD = defineLayout("py.Method", [["func", "ref"], ["self", "ref"]]);
export const METHOD_FUNC = fieldOffset(L_METHOD, "func");
export const METHOD_SELF = fieldOffset(L_METHOD, "self");

export const L_CELL = defineLayout("py.Cell", [["value", "ref"]]);
export const CELL_VALUE = fieldOffset(L_CELL, "value");

export const L_FRAME = defineLayout(
  "py.Frame",
  [
    ["code", "ref"],
    ["back", "ref"],
    ["globals", "ref"],
    ["locals", "ref"],
    ["pc", "i32"],
    ["sp", "i32"],
    ["state", "i32"],
  ],
  "ref",
);
export const FRAME_CODE = fieldOffset(L_FRAME, "code");
export const FRAME_BACK = fieldOffset(L_FRAME, "back");
export const FRAME_GLOBALS = fieldOffset(L_FRAME, "globals");
export const FRAME_LOCALS = fieldOffset(L_FRAME, "locals");
export const FRAME_PC = fieldOffset(L_FRAME, "pc");
export const FRAME_SP = fieldOffset(L_FRAME, "sp");
/** Generator frames: 0 not started / running, 1 suspended at a yield, 2 finished. */
export const FRAME_STATE = fieldOffset(L_FRAME, "state");
/** Slot i of the frame (fast locals, then cells, then the value stack) is at FRAME_SLOTS + 4*i. */
export const FRAME_SLOTS = varOffset(L_FRAME);

/** excState: the exception the generator is handling while suspended (its sys.exc_info()). */
export const L_GENERATOR = defineLayout("py.Generator", [["frame", "ref"], ["name", "ref"], ["running", "i32"], ["excState", "ref"], ["flags", "i32"]]);
export const GEN_FRAME = fieldOffset(L_GENERATOR, "frame");
export const GEN_NAME = fieldOffset(L_GENERATOR, "name");
export const GEN_RUNNING = fieldOffset(L_GENERATOR, "running");
export const GEN_EXC_STATE = fieldOffset(L_GENERATOR, "excState");
export const GEN_FLAGS = fieldOffset(L_GENERATOR, "flags");

// ---- types, modules, exceptions
/**
 * A type object. `bases` and `mro` are tuples of type objects (CPython's __bases__/__mro__);
 * `version` is the type version tag (classes.ts: bumped whenever the type or a base changes,
 * so lookups can be cached by (type, version)); `meta` is the metaclass (0: `type`).
 */
export const L_TYPE = defineLayout("py.Type", [
  ["name", "ref"],
  ["dict", "ref"],
  ["base", "ref"],
  ["id", "i32"],
  ["bases", "ref"],
  ["mro", "ref"],
  ["meta", "ref"],
  ["version", "i32"],
]);
export const TYPE_NAME = fieldOffset(L_TYPE, "name");
export const TYPE_DICT = fieldOffset(L_TYPE, "dict");
export const TYPE_BASE = fieldOffset(L_TYPE, "base");
/** Index into the JS-side table of type descriptors (types.ts). */
export const TYPE_ID = fieldOffset(L_TYPE, "id");
export const TYPE_BASES = fieldOffset(L_TYPE, "bases");
export const TYPE_MRO = fieldOffset(L_TYPE, "mro");
export const TYPE_META = fieldOffset(L_TYPE, "meta");
export const TYPE_VERSION = fieldOffset(L_TYPE, "version");

export const L_MODULE = defineLayout("py.Module", [["dict", "ref"], ["name", "ref"]]);
export const MODULE_DICT = fieldOffset(L_MODULE, "dict");
export const MODULE_NAME = fieldOffset(L_MODULE, "name");

/** An exception instance; `traceback` is a RefArray of tagged (code id, line) pairs or null. */
export const L_EXCEPTION = defineLayout("py.Exception", [
  ["type", "ref"],
  ["args", "ref"],
  ["traceback", "ref"],
  ["cause", "ref"],
  ["context", "ref"],
  ["suppressContext", "i32"],
  ["value", "ref"],
  ["dict", "ref"],
]);
export const EXC_TYPE = fieldOffset(L_EXCEPTION, "type");
export const EXC_ARGS = fieldOffset(L_EXCEPTION, "args");
export const EXC_TRACEBACK = fieldOffset(L_EXCEPTION, "traceback");
export const EXC_CAUSE = fieldOffset(L_EXCEPTION, "cause");
export const EXC_CONTEXT = fieldOffset(L_EXCEPTION, "context");
export const EXC_SUPPRESS_CONTEXT = fieldOffset(L_EXCEPTION, "suppressContext");
/** StopIteration.value / SystemExit.code. */
export const EXC_VALUE = fieldOffset(L_EXCEPTION, "value");
/** Attributes set on the exception (user exception classes: `self.code = ...`); null until the first. */
export const EXC_DICT = fieldOffset(L_EXCEPTION, "dict");

/**
 * An instance of a user-defined class (objects/map.ts). `map` is the id of its map (hidden
 * class): the attribute names in order, shared by every instance that got the same attributes
 * in the same order; attribute i lives in `slots[i]` (a RefArray, grown by doubling). `__slots__`
 * members come first in `slots` (their descriptors hold fixed indexes). Map 0 means the
 * instance keeps its attributes in `dict` instead (after `__dict__` was asked for, a deletion
 * the map cannot express, or too many attributes). `value` is the builtin value of an instance
 * of a subclass of a builtin type (`class C(list)`: a list), which builtin operations use.
 */
export const L_INSTANCE = defineLayout("py.Instance", [["type", "ref"], ["map", "i32"], ["slots", "ref"], ["dict", "ref"], ["value", "ref"]]);
export const INST_TYPE = fieldOffset(L_INSTANCE, "type");
export const INST_MAP = fieldOffset(L_INSTANCE, "map");
export const INST_SLOTS = fieldOffset(L_INSTANCE, "slots");
export const INST_DICT = fieldOffset(L_INSTANCE, "dict");
export const INST_VALUE = fieldOffset(L_INSTANCE, "value");

/** super(): lookups start after `type` in the instance's base chain. */
export const L_SUPER = defineLayout("py.Super", [["type", "ref"], ["self", "ref"]]);
export const SUPER_TYPE = fieldOffset(L_SUPER, "type");
export const SUPER_SELF = fieldOffset(L_SUPER, "self");

// ---- file objects (modules/io.ts): `id` indexes the JS-side table of stream states. One layout
// per Python type, because the layout is what says an object's type.
export const L_TEXT_IO = defineLayout("py.TextIOWrapper", [["id", "i32"]]);
export const L_BUFFERED_READER = defineLayout("py.BufferedReader", [["id", "i32"]]);
export const L_BUFFERED_WRITER = defineLayout("py.BufferedWriter", [["id", "i32"]]);
export const L_BUFFERED_RANDOM = defineLayout("py.BufferedRandom", [["id", "i32"]]);
export const L_STRING_IO = defineLayout("py.StringIO", [["id", "i32"]]);
export const L_BYTES_IO = defineLayout("py.BytesIO", [["id", "i32"]]);
export const STREAM_ID = fieldOffset(L_TEXT_IO, "id");

/**
 * A traceback object (`exc.__traceback__`, `tb.tb_next`): a view of an exception's traceback
 * array (innermost entry first) at `depth` entries from the outermost one.
 */
export const L_TRACEBACK = defineLayout("py.Traceback", [["entries", "ref"], ["depth", "i32"]]);
export const TB_ENTRIES = fieldOffset(L_TRACEBACK, "entries");
export const TB_DEPTH = fieldOffset(L_TRACEBACK, "depth");
/** property(fget, fset, fdel, doc). */
export const L_PROPERTY = defineLayout("py.Property", [["fget", "ref"], ["fset", "ref"], ["fdel", "ref"], ["doc", "ref"], ["name", "ref"]]);
/** The attribute name (__set_name__), or 0: error messages name the property. */
export const PROP_NAME = fieldOffset(L_PROPERTY, "name");
export const PROP_FGET = fieldOffset(L_PROPERTY, "fget");
export const PROP_FSET = fieldOffset(L_PROPERTY, "fset");
export const PROP_FDEL = fieldOffset(L_PROPERTY, "fdel");
export const PROP_DOC = fieldOffset(L_PROPERTY, "doc");
/** classmethod(f) and staticmethod(f): the wrapped callable. */
export const L_CLASSMETHOD = defineLayout("py.ClassMethod", [["func", "ref"]]);
export const L_STATICMETHOD = defineLayout("py.StaticMethod", [["func", "ref"]]);
export const WRAPPED_FUNC = fieldOffset(L_CLASSMETHOD, "func");
/** A `__slots__` member: reads and writes slot `index` of the instance's slot array. */
export const L_MEMBER = defineLayout("py.Member", [["type", "ref"], ["name", "ref"], ["index", "i32"]]);
export const MEMBER_TYPE = fieldOffset(L_MEMBER, "type");
export const MEMBER_NAME = fieldOffset(L_MEMBER, "name");
export const MEMBER_INDEX = fieldOffset(L_MEMBER, "index");
/** bytearray: its current contents as a bytes object (a mutation stores a new one). */
export const L_BYTEARRAY = defineLayout("py.ByteArray", [["data", "ref"]]);
export const BYTEARRAY_DATA = fieldOffset(L_BYTEARRAY, "data");
