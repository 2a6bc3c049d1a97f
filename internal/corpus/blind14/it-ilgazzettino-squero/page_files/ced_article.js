/* CED article utilities (partial) */
var CED=CED||{};CED.lazy=function(){};
