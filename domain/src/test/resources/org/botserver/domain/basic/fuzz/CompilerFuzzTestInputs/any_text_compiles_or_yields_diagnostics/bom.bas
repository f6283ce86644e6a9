TALK "bom"
