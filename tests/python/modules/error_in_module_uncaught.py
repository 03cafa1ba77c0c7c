import support.raiser
