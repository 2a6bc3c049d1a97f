var tarteaucitron={init:function(){}};
