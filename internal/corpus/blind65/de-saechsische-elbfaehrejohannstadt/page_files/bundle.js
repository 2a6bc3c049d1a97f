!function(){window.sz=window.sz||{}}();
