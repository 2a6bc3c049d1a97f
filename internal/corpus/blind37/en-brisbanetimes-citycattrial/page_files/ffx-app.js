window.__FFX__={masthead:'brisbanetimes',section:'queensland'};
