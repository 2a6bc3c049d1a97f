window.EPI={};
