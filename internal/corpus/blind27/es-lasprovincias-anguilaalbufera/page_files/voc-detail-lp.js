window.voc=window.voc||{};voc.page={id:"20241113004200"};
