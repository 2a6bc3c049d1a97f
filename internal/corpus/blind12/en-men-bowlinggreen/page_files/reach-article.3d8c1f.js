window.REACH=window.REACH||{};REACH.article={id:29912345,section:"greater-manchester-news"};
