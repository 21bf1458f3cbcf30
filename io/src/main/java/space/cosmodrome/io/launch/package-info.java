/** Launch catalog files: the bundled sites and vehicles, and users' YAML files laid over them. */
package space.cosmodrome.io.launch;
